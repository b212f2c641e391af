package org.icsse.governance.web.faces;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.UserAccount;

/**
 * The preferences of the person using this session: language and time zone (taken from their account at
 * login; the language switch changes the language and saves it to the account) and the name to show.
 * Holds plain values only, nothing of the domain.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountRegister accounts;

    private Language language;
    /** Until someone signs in (the public register): UTC, by that name ({@code ZoneOffset.UTC} would print "Z"). */
    private String timeZone = "UTC";
    private String displayName;
    private boolean signedIn;

    /** Copies the preferences of the account that has just signed in. */
    public void signIn(UserAccount account) {
        language = account.language();
        timeZone = account.timeZone().getId();
        displayName = account.displayName();
        signedIn = true;
    }

    /** Changes the language of the session, and of the account when someone is signed in. */
    public void changeLanguage(Language newLanguage) {
        language = newLanguage;
        if (signedIn) {
            accounts.changeOwnPreferences(newLanguage.name(), null);
        }
    }

    /** The language: the account's, else the browser's when it is one of ours, else English. */
    public Language getLanguage() {
        if (language == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            language = faces == null ? Language.EN : Language.of(faces.getExternalContext().getRequestLocale());
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public ZoneId getZone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isSignedIn() {
        return signedIn;
    }
}
