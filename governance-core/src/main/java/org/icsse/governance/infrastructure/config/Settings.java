package org.icsse.governance.infrastructure.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The application's settings. Each is read from a Java system property ({@code governance.db.url})
 * or, failing that, from an environment variable ({@code GOVERNANCE_DB_URL}); the system property
 * wins so that a test can set one for a single process. The README lists them all.
 */
public final class Settings {

    private Settings() {
    }

    /** The value of a setting, trimmed; empty when neither the property nor the variable is set or both are blank. */
    public static Optional<String> get(String propertyName) {
        String value = System.getProperty(propertyName);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(propertyName));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** {@code governance.db.url} → {@code GOVERNANCE_DB_URL}. */
    static String environmentName(String propertyName) {
        return propertyName.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The folder where the embedded database (and later the archive) live: {@code ./data} unless set. */
    public static Path dataDirectory() {
        return Path.of(get("governance.data.dir").orElse("data")).toAbsolutePath().normalize();
    }

    /** Whether PostgreSQL (or another server database) is configured, rather than the embedded H2. */
    public static boolean serverDatabaseConfigured() {
        return get("governance.db.url").isPresent();
    }

    /** Whether to seed the demonstration coalition: by default only on the embedded database. */
    public static boolean demoMode() {
        return get("governance.demo").map(Boolean::parseBoolean).orElse(!serverDatabaseConfigured());
    }

    /**
     * Whether the decisions register is published to everyone, signed in or not ({@code GOVERNANCE_DECISIONS_PUBLIC},
     * default {@code true}: the charter promises to communicate what is decided together as widely as possible).
     */
    public static boolean decisionsPublic() {
        return get("governance.decisions.public").map(Boolean::parseBoolean).orElse(true);
    }

    /** The PBKDF2 work factor when none is configured: the OWASP recommendation for PBKDF2-HMAC-SHA512. */
    public static final int PASSWORD_ITERATIONS_DEFAULT = 210_000;
    /** The least work factor accepted from the configuration. */
    public static final int PASSWORD_ITERATIONS_MIN = 10_000;

    /**
     * The PBKDF2 iterations for new password hashes ({@code GOVERNANCE_PASSWORD_ITERATIONS}, default 210,000, at
     * least 10,000). Each stored hash names its own count, so changing it never locks anyone out; the test suite
     * lowers it to keep its hundreds of accounts and sign-ins fast.
     *
     * @throws IllegalStateException when configured below the minimum or not a whole number
     */
    public static int passwordIterations() {
        Optional<String> configured = get("governance.password.iterations");
        if (configured.isEmpty()) {
            return PASSWORD_ITERATIONS_DEFAULT;
        }
        try {
            int iterations = Integer.parseInt(configured.get().strip());
            if (iterations >= PASSWORD_ITERATIONS_MIN) {
                return iterations;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("GOVERNANCE_PASSWORD_ITERATIONS must be a whole number of at least "
                + PASSWORD_ITERATIONS_MIN + ", not " + configured.get());
    }
    /** Where archive packages are written ({@code GOVERNANCE_ARCHIVE_DIR}): {@code archive} under the data folder unless set. */
    public static Path archiveDirectory() {
        return get("governance.archive.dir").map(Path::of).orElse(dataDirectory().resolve("archive")).toAbsolutePath().normalize();
    }

    /**
     * Whether this server starts the scheduled jobs ({@code GOVERNANCE_JOBS_SCHEDULED}, default {@code true}). Every
     * server of a cluster may keep it on: a run fires on one of them (see the README); a server set to {@code false}
     * still runs jobs started from the job monitor.
     */
    public static boolean jobsScheduled() {
        return get("governance.jobs.scheduled").map(Boolean::parseBoolean).orElse(true);
    }

    /**
     * A duration setting in ISO-8601 ({@code PT1M}, {@code PT24H}), at least {@code least}.
     *
     * @throws IllegalStateException when it is configured but unreadable or shorter than {@code least}
     */
    public static java.time.Duration duration(String propertyName, java.time.Duration fallback, java.time.Duration least) {
        Optional<String> configured = get(propertyName);
        if (configured.isEmpty()) {
            return fallback;
        }
        try {
            java.time.Duration value = java.time.Duration.parse(configured.get());
            if (value.compareTo(least) >= 0) {
                return value;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        throw new IllegalStateException(environmentName(propertyName) + " must be an ISO-8601 duration of at least "
                + least + " (for example PT1M, PT24H), not " + configured.get());
    }

    /** How long before a remote ballot's deadline the delegates who have not voted are reminded ({@code GOVERNANCE_REMINDER_LEAD}, default 24 hours). */
    public static java.time.Duration reminderLead() {
        return duration("governance.reminder.lead", java.time.Duration.ofHours(24), java.time.Duration.ofMinutes(5));
    }

    /** The SMTP server for e-mail ({@code GOVERNANCE_SMTP_HOST}); without it the application sends no mail. */
    public static Optional<String> smtpHost() {
        return get("governance.smtp.host");
    }

    /** The SMTP port ({@code GOVERNANCE_SMTP_PORT}, default 587 with STARTTLS, 25 without). */
    public static int smtpPort() {
        Optional<String> configured = get("governance.smtp.port");
        if (configured.isEmpty()) {
            return smtpStartTls() ? 587 : 25;
        }
        try {
            int port = Integer.parseInt(configured.get());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("GOVERNANCE_SMTP_PORT must be a port number (1 to 65535), not " + configured.get());
    }

    /** Whether the SMTP connection must be upgraded with STARTTLS ({@code GOVERNANCE_SMTP_STARTTLS}, default {@code true}). */
    public static boolean smtpStartTls() {
        return get("governance.smtp.starttls").map(Boolean::parseBoolean).orElse(true);
    }

    /** The SMTP account, if the server wants one ({@code GOVERNANCE_SMTP_USER}, {@code GOVERNANCE_SMTP_PASSWORD}). */
    public static Optional<String> smtpUser() {
        return get("governance.smtp.user");
    }

    public static Optional<String> smtpPassword() {
        return get("governance.smtp.password");
    }

    /** The sender of the application's mail ({@code GOVERNANCE_MAIL_FROM}, default {@code governance@localhost}). */
    public static String mailFrom() {
        return get("governance.mail.from").orElse("governance@localhost");
    }

    /**
     * The address at which people reach the application, for links in e-mail ({@code GOVERNANCE_PUBLIC_URL}, default
     * {@code http://localhost:8080/governance}), without a trailing slash.
     */
    public static String publicUrl() {
        String url = get("governance.public.url").orElse("http://localhost:8080/governance");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
