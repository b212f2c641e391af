package org.icsse.governance.web.api.user;

import java.util.List;

import org.icsse.governance.application.account.AccountForm;
import org.icsse.governance.web.api.Ids;

/**
 * An account as the secretariat sends it to {@code POST /users} or {@code PATCH /users/{id}} (an
 * absent field stays as it is; a password resets it). A {@code DELEGATE} names its {@code networkId}.
 */
public record UserRequest(String username, String password, String displayName, String email, String language, String timeZone,
        List<String> roles, String networkId) {

    public AccountForm toForm() {
        return new AccountForm(username, password, displayName, email, language, timeZone, roles,
                Ids.field("networkId", "network", networkId));
    }
}
