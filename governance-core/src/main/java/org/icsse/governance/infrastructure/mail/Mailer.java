package org.icsse.governance.infrastructure.mail;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.icsse.governance.infrastructure.config.Settings;

/**
 * Sends plain-text mail through the SMTP server of the settings ({@code GOVERNANCE_SMTP_*}). The settings are
 * read for each message, so a server configured while the application runs is used from the next message on.
 * Connection and read time-outs are short (10 s): a slow mail server must not hold a batch job for minutes.
 */
@ApplicationScoped
public class Mailer {

    private static final String TIMEOUT_MS = "10000";

    /** Whether an SMTP server is configured; without one nothing is sent. */
    public boolean configured() {
        return Settings.smtpHost().isPresent();
    }

    /**
     * Sends one message to one recipient.
     *
     * @throws RecipientRefusedException when the server refuses the recipient
     * @throws MailException when no server is configured, it cannot be reached, or it fails otherwise
     */
    public void send(String to, String subject, String text) {
        String host = Settings.smtpHost().orElseThrow(() -> new MailException("No SMTP server is configured (GOVERNANCE_SMTP_HOST)", null));
        try {
            MimeMessage message = new MimeMessage(session(host));
            message.setFrom(new InternetAddress(Settings.mailFrom(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (SendFailedException | AddressException e) {
            throw new RecipientRefusedException("The mail server refused the recipient " + to + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new MailException("Mail to " + to + " could not be sent: " + e.getMessage(), e);
        }
    }

    private static Session session(String host) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(Settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        if (Settings.smtpStartTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (Settings.smtpUser().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = Settings.smtpUser().get();
            String password = Settings.smtpPassword().orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(properties);
    }

    /** A message that could not be sent: the server is unreachable, refuses the sender, or fails. */
    public static class MailException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server refused this recipient; other messages may go through. */
    public static final class RecipientRefusedException extends MailException {
        private static final long serialVersionUID = 1L;

        public RecipientRefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
