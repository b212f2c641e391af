package org.icsse.governance.domain.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.lang.reflect.Field;
import java.util.List;

import org.icsse.governance.domain.network.Acronym;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.NetworkCategory;
import org.icsse.governance.domain.network.Region;
import org.icsse.governance.domain.network.Weight;
import org.junit.jupiter.api.Test;

class BodyTest {

    private static final BodyRules RULES = new BodyRules(QuorumRule.of(60, 40), MajorityRule.TWO_THIRDS, 2, 3);

    /** A network as the register stores it, with the id the database gave it. */
    private static MemberNetwork stored(long id, String acronym) throws ReflectiveOperationException {
        MemberNetwork network = MemberNetwork.admit("Network " + acronym, new Acronym(acronym), Region.EUROPE,
                NetworkCategory.MEMBER_BASED, Weight.ONE);
        Field field = MemberNetwork.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(network, id);
        return network;
    }

    @Test
    void aBodyKeepsItsRules() {
        Body body = new Body(" Steering Committee ", new BodyCode("SC"), RULES);

        assertThat(body.name()).isEqualTo("Steering Committee");
        assertThat(body.code()).isEqualTo(new BodyCode("SC"));
        assertThat(body.rules()).isEqualTo(RULES);
    }

    @Test
    void changedRulesReplaceTheOldOnesEntirely() {
        Body body = new Body("General Assembly", new BodyCode("GA"), RULES);
        BodyRules newRules = new BodyRules(QuorumRule.NONE, MajorityRule.CONSENSUS, 0, 0);

        body.changeRules(newRules);

        assertThat(body.rules()).isEqualTo(newRules);
    }

    @Test
    void aBodyNeedsAName() {
        assertInvalid(() -> new Body(" ", new BodyCode("GA"), RULES), "name", "value.required");
        Body body = new Body("GA", new BodyCode("GA"), RULES);
        assertInvalid(() -> body.rename("x".repeat(Body.NAME_MAX + 1)), "name", "value.tooLong");
        assertThat(body.name()).isEqualTo("GA");
    }

    @Test
    void composeSetsExactlyTheseMembersListedByAcronym() throws ReflectiveOperationException {
        MemberNetwork ripess = stored(3, "RIPESS");
        MemberNetwork gsef = stored(1, "GSEF");
        MemberNetwork ica = stored(2, "ICA");
        Body body = new Body("General Assembly", new BodyCode("GA"), RULES);

        body.compose(List.of(ripess, gsef));
        body.compose(List.of(ripess, ica, gsef));

        assertThat(body.members()).containsExactly(gsef, ica, ripess);

        body.compose(List.of(ica));

        assertThat(body.members()).containsExactly(ica);
    }

    @Test
    void composeCountsANetworkOnce() throws ReflectiveOperationException {
        MemberNetwork ica = stored(2, "ICA");
        Body body = new Body("General Assembly", new BodyCode("GA"), RULES);

        body.compose(List.of(ica, ica));

        assertThat(body.members()).hasSize(1);
    }

    @Test
    void theSnapshotRecordsRulesAndMembersInAStableOrder() throws ReflectiveOperationException {
        Body body = new Body("General Assembly", new BodyCode("GA"), RULES);
        body.compose(List.of(stored(7, "RIPESS"), stored(9, "GSEF")));

        assertThat(body.snapshot()).containsExactly(
                entry("id", null),
                entry("name", "General Assembly"),
                entry("code", "GA"),
                entry("quorumNetworksPercent", 60),
                entry("quorumWeightPercent", 40),
                entry("majority", "TWO_THIRDS"),
                entry("secondsRequired", 2),
                entry("proxyCap", 3),
                entry("networkIds", List.of(9L, 7L)));
    }

    @Test
    void aRecodedBodyUsesItsNewCode() {
        Body body = new Body("Working group", new BodyCode("WG"), RULES);

        body.recode(new BodyCode("WGSSE"));

        assertThat(body.code()).isEqualTo(new BodyCode("WGSSE"));
        assertThat(body.snapshot()).containsEntry("code", "WGSSE");
    }
}
