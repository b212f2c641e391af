package org.icsse.governance.application.account;

import java.io.Serializable;
import java.util.Set;

import org.icsse.governance.domain.account.Role;

/** Who a password or a token proved someone to be: the name and roles Jakarta Security needs. */
public record AuthenticatedAccount(String username, Set<Role> roles, Long networkId) implements Serializable {

    public AuthenticatedAccount {
        roles = Set.copyOf(roles);
    }
}
