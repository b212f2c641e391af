package org.icsse.governance.web.pages.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.icsse.governance.domain.account.UserAccount;

/** One line of the list of accounts: plain values, safe to keep in the view. */
public final class AccountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final List<String> roles;
    private final String network;
    private final Instant lockedUntil;
    private final boolean locked;

    AccountRow(UserAccount account, Instant now) {
        id = account.id();
        username = account.username().value();
        displayName = account.displayName();
        roles = account.roles().stream().sorted().map(Enum::name).toList();
        network = account.network().map(n -> n.acronym().value()).orElse(null);
        locked = account.isLockedAt(now);
        lockedUntil = locked ? account.lockedUntil() : null;
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public String getNetwork() {
        return network;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked() {
        return locked;
    }
}
