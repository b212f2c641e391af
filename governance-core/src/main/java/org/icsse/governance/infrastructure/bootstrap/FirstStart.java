package org.icsse.governance.infrastructure.bootstrap;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.icsse.governance.application.account.AccountForm;
import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.infrastructure.config.Settings;

/**
 * On every start, after the schema migration ({@link ApplicationStartup}): when no administrator exists, opens the {@code admin}
 * account with the password of {@code GOVERNANCE_ADMIN_PASSWORD}, or a generated one written once to
 * the log; then, in demonstration mode, seeds the demonstration coalition.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    UserAccounts accounts;

    @Inject
    AccountRegister accountRegister;

    @Inject
    DemoCoalition demo;

    @Inject
    DemoMotions demoMotions;

    /** Called once at start-up, after the schema migration. */
    public void run() {
        Optional<String> generated = CallerContext.asSystem(this::ensureAdministrator);
        if (Settings.demoMode()) {
            List<String> lines = CallerContext.asSystem(demo::seedOnce);
            CallerContext.asSystem(demoMotions::seedOnce);
            CallerContext.asSystem(demoMotions::seedBallotsOnce);
            CallerContext.asSystem(demoMotions::seedHeldMeetingOnce);
            StringBuilder banner = new StringBuilder("\n\n=== ICSSE Governance: demonstration coalition ===\n");
            generated.ifPresent(password -> banner.append(String.format("  %-22s %s%n", "admin", password)));
            lines.forEach(line -> banner.append("  ").append(line).append('\n'));
            banner.append("=================================================\n");
            LOG.info(banner::toString);
        } else {
            generated.ifPresent(password -> LOG.warning(() -> "\n\nThe administrator account 'admin' was created with the password "
                    + password + "\nIt is shown only this once: sign in and change it.\n"));
        }
    }

    /** Opens the admin account if there is no administrator; returns the password when it was generated. */
    Optional<String> ensureAdministrator() {
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return Optional.empty();
        }
        Optional<String> configured = Settings.get("governance.admin.password");
        String password = configured.orElseGet(FirstStart::generatePassword);
        accountRegister.open(new AccountForm("admin", password, "Administrator", "admin@governance.invalid", "EN", "UTC",
                List.of(Role.ADMIN.name()), null));
        LOG.info("Opened the administrator account 'admin'.");
        return configured.isPresent() ? Optional.empty() : Optional.of(password);
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
