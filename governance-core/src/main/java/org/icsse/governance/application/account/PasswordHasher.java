package org.icsse.governance.application.account;

/** Turns passwords into stored hashes and checks them (PBKDF2 in production). */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String storedHash);
}
