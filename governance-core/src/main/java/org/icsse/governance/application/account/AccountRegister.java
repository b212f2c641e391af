package org.icsse.governance.application.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.EmailAddress;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.PasswordPolicy;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.account.Username;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * People's accounts: the secretariat opens and edits them and assigns delegates to networks; each
 * person keeps their own language and time zone.
 */
@ApplicationScoped
@Transactional
public class AccountRegister {

    @Inject
    UserAccounts accounts;

    @Inject
    MemberNetworks networks;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public UserAccount open(AccountForm form) {
        Violations violations = new Violations();
        Username username = violations.check(() -> new Username(form.username()));
        char[] password = violations.check(() -> PasswordPolicy.check(username, form.password()));
        UserAccount.Profile profile = violations.check(() -> profile(form, null));
        Set<Role> roles = violations.check(() -> roles(form.roles()));
        MemberNetwork network = violations.check(() -> network(form.networkId()));
        violations.throwIfAny();
        requireAdminToGrantAdmin(roles);
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("username", "username.taken", username.value());
        }
        UserAccount account = new UserAccount(username, hasher.hash(password), profile, roles, network);
        accounts.add(account);
        audit.record("account.opened", "account", account.id(), null, account.snapshot());
        return account;
    }

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public UserAccount update(long id, AccountForm form) {
        UserAccount account = accounts.getById(id);
        Map<String, Object> before = account.snapshot();
        Violations violations = new Violations();
        char[] password = form.password() == null ? null
                : violations.check(() -> PasswordPolicy.check(account.username(), form.password()));
        UserAccount.Profile profile = violations.check(() -> profile(form, account));
        Set<Role> roles = form.roles() == null ? account.roles() : violations.check(() -> roles(form.roles()));
        MemberNetwork network = form.networkId() == null && form.roles() == null ? account.network().orElse(null)
                : violations.check(() -> network(form.networkId()));
        violations.throwIfAny();
        requireAdminToGrantAdmin(account.roles());
        requireAdminToGrantAdmin(roles);
        account.updateProfile(profile);
        account.grant(roles, network);
        if (password != null) {
            account.changePasswordHash(hasher.hash(password));
        }
        Map<String, Object> after = account.snapshot();
        if (!after.equals(before)) {
            audit.record("account.updated", "account", account.id(), before, after);
        }
        if (password != null) {
            audit.record("account.passwordReset", "account", account.id(), null, null);
        }
        return account;
    }

    /** Lifts a login lock before its time. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public UserAccount unlock(long id) {
        UserAccount account = accounts.getById(id);
        account.unlock();
        audit.record("account.unlocked", "account", account.id(), null, null);
        return account;
    }

    /** A signed-in person changes their own language and time zone. */
    @RequiresRole
    public UserAccount changeOwnPreferences(String language, String timeZone) {
        UserAccount account = own();
        Map<String, Object> before = account.snapshot();
        account.updateProfile(profile(new AccountForm(null, null, null, null, language, timeZone, null, null), account));
        audit.record("account.preferences", "account", account.id(), before, account.snapshot());
        return account;
    }

    /** The account of the signed-in person. */
    @RequiresRole
    public UserAccount own() {
        String name = callers.current().name();
        return accounts.findByUsername(new Username(name)).orElseThrow(() -> new NotFoundException("user", name));
    }

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public UserAccount get(long id) {
        return accounts.getById(id);
    }

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public List<UserAccount> list() {
        return accounts.findAll();
    }

    /**
     * The delegates accredited by a network: for the secretariat, and for that network's own
     * delegates; a delegate of another network is refused.
     */
    @RequiresRole
    public List<UserAccount> delegatesOf(long networkId) {
        Caller caller = callers.current();
        boolean own = caller.delegateOf().filter(id -> id == networkId).isPresent();
        if (!caller.keepsRegister() && !own) {
            throw new AccessDeniedException("access.otherNetwork");
        }
        networks.getById(networkId);
        return accounts.findDelegatesOf(networkId);
    }

    /** Only an administrator grants the administrator role, or edits an administrator's account. */
    private void requireAdminToGrantAdmin(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && !callers.current().hasAnyRole(EnumSet.of(Role.ADMIN))) {
            throw new AccessDeniedException("access.denied");
        }
    }

    private static UserAccount.Profile profile(AccountForm form, UserAccount current) {
        Violations violations = new Violations();
        String displayName = form.displayName() == null && current != null ? current.displayName()
                : violations.check(() -> Texts.requireLine("displayName", form.displayName(), UserAccount.DISPLAY_NAME_MAX));
        EmailAddress email = form.email() == null && current != null ? current.email()
                : violations.check(() -> new EmailAddress(form.email()));
        Language language = form.language() == null ? (current == null ? Language.EN : current.language())
                : violations.check(() -> Texts.requireEnum("language", Language.class, form.language().toUpperCase(Locale.ROOT)));
        String zone = form.timeZone() == null ? (current == null ? "UTC" : current.timeZone().getId())
                : violations.check(() -> UserAccount.Profile.zone(form.timeZone()));
        violations.throwIfAny();
        return new UserAccount.Profile(displayName, email, language, zone);
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidValueException("roles", "roles.required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Texts.requireEnum("roles", Role.class, name));
        }
        return roles;
    }

    private MemberNetwork network(Long id) {
        if (id == null) {
            return null;
        }
        return networks.findById(id).orElseThrow(() -> new InvalidValueException("networkId", "notFound", "network", id));
    }
}
