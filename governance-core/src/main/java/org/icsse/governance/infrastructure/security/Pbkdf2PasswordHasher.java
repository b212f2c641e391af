package org.icsse.governance.infrastructure.security;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.icsse.governance.application.account.PasswordHasher;
import org.icsse.governance.infrastructure.config.Settings;

/**
 * Hashes passwords with the PBKDF2 of Jakarta Security: HMAC-SHA-512, 210,000 iterations by default (the OWASP
 * recommendation for this function; see {@link Settings#passwordIterations()}), a 32-byte random salt per
 * password. A stored hash carries its own iteration count, which verification uses.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Settings.passwordIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean matches(char[] password, String storedHash) {
        try {
            return pbkdf2.verify(password, storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
