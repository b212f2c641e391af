package org.icsse.governance.domain.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.icsse.governance.domain.shared.NotFoundException;

/** Every account of the application. */
public interface UserAccounts {

    Optional<UserAccount> findById(long id);

    default UserAccount getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    Optional<UserAccount> findByUsername(Username username);

    /**
     * The account as it is now, its row locked until the transaction ends: what a sign-in counts (wrong passwords,
     * the lock) is changed by one sign-in at a time.
     */
    UserAccount lockForSignIn(UserAccount account);

    List<UserAccount> findAll();

    /** The delegates of a network, by username. */
    List<UserAccount> findDelegatesOf(long networkId);

    /**
     * The display names of the delegates of several networks at once, in no particular order, by network; a network
     * without delegates is left out.
     */
    Map<Long, List<String>> delegateNamesOf(Collection<Long> networkIds);

    long countWithRole(Role role);

    void add(UserAccount account);
}
