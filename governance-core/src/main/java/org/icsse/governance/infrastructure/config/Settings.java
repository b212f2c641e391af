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
}
