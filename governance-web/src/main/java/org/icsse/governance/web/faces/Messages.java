package org.icsse.governance.web.faces;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;

import org.icsse.governance.domain.shared.DomainException;

/** The pages' texts in the reader's language: bundle lookups, global messages, choice lists and instants. */
@ApplicationScoped
public class Messages {

    /** The bundle of the pages (declared as {@code msg} in faces-config.xml). */
    public static final String BUNDLE = "org.icsse.governance.web.i18n.messages";

    @Inject
    UserSession session;

    /** The text of a key, formatted with its arguments. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, session.getLocale(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, session.getLocale()).format(arguments);
    }

    /** An instant as a date and time in the reader's zone and language. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(session.getLocale())
                .withZone(session.getZone()).format(instant) + " (" + session.getZone().getId() + ")";
    }

    /** The constants of an enum as choices whose labels are the bundle's {@code prefix.NAME}. */
    public List<SelectItem> options(String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().map(value -> new SelectItem(value.name(), text(prefix + "." + value.name()))).toList();
    }

    /** A message about the whole page, by key. */
    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A refusal about the whole page, by key. */
    public void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /** A refusal of the domain about the whole page, in the reader's language. */
    public void error(DomainException refusal) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.localizedMessage(session.getLocale()), null));
    }
}
