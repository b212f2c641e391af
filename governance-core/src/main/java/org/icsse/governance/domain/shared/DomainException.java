package org.icsse.governance.domain.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule of the domain refused something. Carries a message key of the domain's bundle
 * ({@code org/icsse/governance/domain/messages}) and its arguments, so that pages can show it in the
 * reader's language and the API in English.
 */
public abstract class DomainException extends RuntimeException {

    private static final String BUNDLE = "org.icsse.governance.domain.messages";
    /** No fallback to the server's default locale: a language without translation gets the base bundle (English). */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(format(Locale.ENGLISH, messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message in the given language (English when the language has no translation). */
    public String localizedMessage(Locale locale) {
        return format(locale, messageKey, arguments);
    }

    private static String format(Locale locale, String key, Object[] arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, DomainException.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            pattern = key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
