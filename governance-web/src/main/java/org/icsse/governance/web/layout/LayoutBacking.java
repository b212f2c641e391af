package org.icsse.governance.web.layout;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.UserSession;

/** The layout's header: who is signed in, what they may open, their language; and signing out. */
@Named("layout")
@RequestScoped
public class LayoutBacking {

    private static final String HOME = "/index.xhtml?faces-redirect=true";

    @Inject
    SecurityContext security;

    @Inject
    UserSession session;

    @Inject
    BallotService ballots;

    /** How many open ballots the delegate votes on, counted once per request when the nav asks. */
    private Integer openBallots;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** Users, import and audit are for those who keep the register. */
    public boolean isKeepsRegister() {
        return security.isCallerInRole(Role.SECRETARIAT.name()) || security.isCallerInRole(Role.ADMIN.name());
    }

    /**
     * The job monitor and the archive are for the secretariat alone: their services admit no other role, so an
     * administrator who is not also of the secretariat does not get links to pages that would refuse them.
     */
    public boolean isSecretariat() {
        return security.isCallerInRole(Role.SECRETARIAT.name());
    }

    /** The voting page is for delegates. */
    public boolean isDelegate() {
        return security.isCallerInRole(Role.DELEGATE.name());
    }

    /** The number of open ballots the delegate votes on, for the badge of the voting link (0 when none or not a delegate). */
    public int getOpenBallots() {
        if (openBallots == null) {
            int count = 0;
            if (isDelegate()) {
                try {
                    count = ballots.votingCards().size();
                } catch (DomainException refusal) {
                    // a delegate account without a network: nothing to vote on
                    count = 0;
                }
            }
            openBallots = count;
        }
        return openBallots;
    }

    public boolean isBallotsOpen() {
        return getOpenBallots() > 0;
    }

    /** The name to show: the account's display name, else the username. */
    public String getUserName() {
        if (session.getDisplayName() != null) {
            return session.getDisplayName();
        }
        return isSignedIn() ? security.getCallerPrincipal().getName() : null;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getLanguage() {
        return session.getLanguage().name();
    }

    /** Changes the language (saved to the account when signed in) and shows the same page again in it. */
    public String switchLanguage(Language language) {
        session.changeLanguage(language);
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.startsWith("/WEB-INF/") ? HOME : viewId + "?faces-redirect=true&includeViewParams=true";
    }

    /** Signs out: ends the login and the session, then shows the login page. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null) {
            httpSession.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
