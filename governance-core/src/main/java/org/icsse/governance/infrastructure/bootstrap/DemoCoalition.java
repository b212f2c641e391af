package org.icsse.governance.infrastructure.bootstrap;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.account.AccountForm;
import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.register.NetworkForm;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.network.MemberNetwork;

/**
 * A demonstration coalition for the embedded default: fifteen member networks on every continent (the
 * three the ICSSE charter names, and plausible others), a General Assembly and a Steering Committee,
 * and accounts for a chair, the secretariat and one delegate per network. Seeded once, through the
 * same application services people use, so it is in the audit log like everything else.
 */
@ApplicationScoped
public class DemoCoalition {

    /** The password of every demonstration account (never used outside demonstration mode). */
    public static final String PASSWORD = "solidarity-2026";

    private record Seed(String name, String acronym, String region, String category, int weight, String language, String zone) {
    }

    private static final List<Seed> NETWORKS = List.of(
            new Seed("Global Social Economy Forum", "GSEF", "ASIA_PACIFIC", "INTERNATIONAL_NETWORK", 3, "EN", "Asia/Seoul"),
            new Seed("International Cooperative Alliance", "ICA", "GLOBAL", "MEMBER_BASED", 3, "EN", "Europe/Brussels"),
            new Seed("SSE International Forum", "SSEIF", "EUROPE", "INTERNATIONAL_NETWORK", 2, "FR", "Europe/Paris"),
            new Seed("Intercontinental Network for the Promotion of the Social Solidarity Economy", "RIPESS", "GLOBAL",
                    "INTERNATIONAL_NETWORK", 3, "FR", "Europe/Paris"),
            new Seed("African Network of Social and Solidarity Economy", "RAESS", "AFRICA", "INTERNATIONAL_NETWORK", 2, "FR", "Africa/Dakar"),
            new Seed("Cooperative Alliance of East Africa", "CAEA", "AFRICA", "MEMBER_BASED", 1, "EN", "Africa/Nairobi"),
            new Seed("Asian Solidarity Economy Council", "ASEC", "ASIA_PACIFIC", "INTERNATIONAL_NETWORK", 2, "EN", "Asia/Manila"),
            new Seed("Pacific Islands Mutual Network", "PIMN", "ASIA_PACIFIC", "MEMBER_BASED", 1, "EN", "Pacific/Fiji"),
            new Seed("Latin American Network of Solidarity Economy", "RELACC", "LATIN_AMERICA_CARIBBEAN", "INTERNATIONAL_NETWORK", 2, "ES",
                    "America/Lima"),
            new Seed("Caribbean Fair Trade Cooperatives", "CFTC", "LATIN_AMERICA_CARIBBEAN", "ACTION_ADVOCACY", 1, "ES", "America/Havana"),
            new Seed("Social Economy Europe", "SEE", "EUROPE", "ACTION_ADVOCACY", 2, "EN", "Europe/Brussels"),
            new Seed("Mutual Societies of the Mediterranean", "MSM", "MIDDLE_EAST_NORTH_AFRICA", "MEMBER_BASED", 1, "FR",
                    "Africa/Tunis"),
            new Seed("Arab Network for Social Enterprise", "ANSE", "MIDDLE_EAST_NORTH_AFRICA", "ACTION_ADVOCACY", 1, "EN", "Asia/Amman"),
            new Seed("Canadian Community Economic Development Network", "CCEDNET", "NORTH_AMERICA", "MEMBER_BASED", 2, "EN",
                    "America/Toronto"),
            new Seed("Local Authorities for the Solidarity Economy", "LASE", "GLOBAL", "ACTION_ADVOCACY", 1, "ES", "America/Bogota"));

    @Inject
    Bodies bodies;

    @Inject
    NetworkRegister networkRegister;

    @Inject
    BodyRegister bodyRegister;

    @Inject
    AccountRegister accountRegister;

    /** Seeds the coalition unless it is there already; returns the demonstration accounts, one line each. */
    @Transactional
    public List<String> seedOnce() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-22s %s", "chair", PASSWORD + "   (CHAIR)"));
        lines.add(String.format("%-22s %s", "secretariat", PASSWORD + "   (SECRETARIAT)"));
        NETWORKS.forEach(seed -> lines.add(String.format("%-22s %s", delegateName(seed), PASSWORD + "   (DELEGATE of " + seed.acronym() + ")")));
        if (bodies.findByCode(new BodyCode("GA")).isPresent()) {
            return lines;
        }
        List<Long> all = new ArrayList<>();
        List<Long> steering = new ArrayList<>();
        for (Seed seed : NETWORKS) {
            MemberNetwork network = networkRegister.register(
                    new NetworkForm(seed.name(), seed.acronym(), seed.region(), seed.category(), seed.weight(), "MEMBER"));
            all.add(network.id());
            if (seed.weight() >= 2) {
                steering.add(network.id());
            }
            accountRegister.open(new AccountForm(delegateName(seed), PASSWORD, "Delegate of " + seed.acronym(),
                    delegateName(seed) + "@demo.icsse.invalid", seed.language(), seed.zone(), List.of(Role.DELEGATE.name()),
                    network.id()));
        }
        bodyRegister.create(new BodyForm("General Assembly", "GA", all, 50, 50, "SIMPLE", 1, 1));
        bodyRegister.create(new BodyForm("Steering Committee", "SC", steering, 60, 0, "ABSOLUTE", 1, 0));
        accountRegister.open(new AccountForm("chair", PASSWORD, "Chair of the Assembly", "chair@demo.icsse.invalid", "EN",
                "Europe/Paris", List.of(Role.CHAIR.name()), null));
        accountRegister.open(new AccountForm("secretariat", PASSWORD, "Coalition Secretariat", "secretariat@demo.icsse.invalid", "FR",
                "Europe/Paris", List.of(Role.SECRETARIAT.name()), null));
        return lines;
    }

    private static String delegateName(Seed seed) {
        return "delegate." + seed.acronym().toLowerCase(java.util.Locale.ROOT);
    }
}
