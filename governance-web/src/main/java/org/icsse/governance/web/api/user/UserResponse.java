package org.icsse.governance.web.api.user;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.web.api.Ids;

/**
 * An account as the API shows it to the secretariat (and to a network's own delegates): never its
 * password hash; {@code lockedUntil} is set while too many wrong passwords keep it locked.
 */
@JsonbNillable
public record UserResponse(String id, String username, String displayName, String email, String language, String timeZone,
        List<String> roles, String networkId, Instant lockedUntil) {

    public static UserResponse of(UserAccount account) {
        return new UserResponse(Ids.text(account.id()), account.username().value(), account.displayName(), account.email().value(),
                account.language().name(), account.timeZone().getId(), account.roles().stream().map(Role::name).sorted().toList(),
                account.network().map(n -> Ids.text(n.id())).orElse(null), account.lockedUntil());
    }
}
