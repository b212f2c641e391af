package org.icsse.governance.domain.account;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;

/** A person's account: who they are, what they may do, and for which network a delegate acts. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "select u from UserAccount u order by u.username")
@NamedQuery(name = "UserAccount.findDelegatesOf", query = "select u from UserAccount u where u.network.id = :networkId order by u.username")
@NamedQuery(name = "UserAccount.delegateNamesOf",
        query = "select u.network.id, u.displayName from UserAccount u where u.network.id in :networkIds")
@NamedQuery(name = "UserAccount.countByRole", query = "select count(u) from UserAccount u join u.roles r where r = :role")
public class UserAccount {

    public static final int DISPLAY_NAME_MAX = 120;

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Convert(converter = UsernameConverter.class)
    @Column(nullable = false, unique = true, length = 64)
    private Username username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne
    @JoinColumn(name = "network_id")
    private MemberNetwork network;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(Username username, String passwordHash, Profile profile, Set<Role> roles, MemberNetwork network) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        updateProfile(profile);
        grant(roles, network);
    }

    /** What a person says about themself. */
    public record Profile(String displayName, EmailAddress email, Language language, String timeZone) {
        public Profile {
            displayName = Texts.requireLine("displayName", displayName, DISPLAY_NAME_MAX);
            Objects.requireNonNull(email, "email");
            language = Objects.requireNonNullElse(language, Language.EN);
            timeZone = zone(timeZone);
        }

        /** The identifier of a time zone, UTC when none is given; refuses an unknown zone. */
        public static String zone(String zone) {
            if (zone == null || zone.isBlank()) {
                return "UTC";
            }
            try {
                return ZoneId.of(zone.strip()).getId();
            } catch (DateTimeException e) {
                throw new InvalidValueException("timeZone", "timeZone.unknown");
            }
        }
    }

    public void updateProfile(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        this.displayName = profile.displayName();
        this.email = profile.email().value();
        this.language = profile.language();
        this.timeZone = profile.timeZone();
    }

    /**
     * Sets what the person may do. A delegate acts for exactly one network; an account that is not a
     * delegate acts for none.
     */
    public void grant(Set<Role> newRoles, MemberNetwork newNetwork) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidValueException("roles", "roles.required");
        }
        if (newRoles.contains(Role.DELEGATE) && newNetwork == null) {
            throw new InvalidValueException("networkId", "delegate.networkRequired");
        }
        if (!newRoles.contains(Role.DELEGATE) && newNetwork != null) {
            throw new InvalidValueException("networkId", "network.onlyForDelegates");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.network = newNetwork;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    public boolean isLockedAt(Instant now) {
        return LoginLock.isLocked(lockedUntil, now);
    }

    /** A wrong password; returns true when this one locked the account. */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        Instant lock = LoginLock.lockAfterFailure(failedLogins, now);
        if (lock != null) {
            lockedUntil = lock;
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Lifts a lock before its time (by the secretariat). */
    public void unlock() {
        recordSuccessfulLogin();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("username", username.value());
        s.put("displayName", displayName);
        s.put("email", email);
        s.put("language", language.name());
        s.put("timeZone", timeZone);
        s.put("roles", roles.stream().map(Role::name).sorted().toList());
        s.put("networkId", network == null ? null : network.id());
        return s;
    }

    public Long id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public Language language() {
        return language;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Optional<MemberNetwork> network() {
        return Optional.ofNullable(network);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UserAccount other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
