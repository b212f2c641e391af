package org.icsse.governance.application.account;

import java.util.List;

/**
 * An account as typed by a person or sent to the API. In an update, a {@code null} value leaves the
 * field as it is; a password given in an update resets it.
 */
public record AccountForm(String username, String password, String displayName, String email, String language,
        String timeZone, List<String> roles, Long networkId) {
}
