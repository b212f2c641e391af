package org.icsse.governance.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class MemberNetworkTest {

    private static MemberNetwork ica() {
        return MemberNetwork.admit(" International Cooperative Alliance ", new Acronym("ica"), Region.GLOBAL,
                NetworkCategory.INTERNATIONAL_NETWORK, new Weight(3));
    }

    @Test
    void anAdmittedNetworkIsAMemberWithATrimmedName() {
        MemberNetwork network = ica();

        assertThat(network.status()).isEqualTo(NetworkStatus.MEMBER);
        assertThat(network.name()).isEqualTo("International Cooperative Alliance");
        assertThat(network.acronym()).isEqualTo(new Acronym("ICA"));
        assertThat(network.weight()).isEqualTo(new Weight(3));
    }

    @Test
    void aNetworkNeedsAName() {
        assertInvalid(() -> MemberNetwork.admit(" ", new Acronym("ICA"), Region.GLOBAL, NetworkCategory.MEMBER_BASED, Weight.ONE),
                "name", "value.required");
        assertInvalid(() -> MemberNetwork.admit("x".repeat(MemberNetwork.NAME_MAX + 1), new Acronym("ICA"), Region.GLOBAL,
                NetworkCategory.MEMBER_BASED, Weight.ONE), "name", "value.tooLong");
    }

    @Test
    void changingToTheSameStatusIsANoOp() {
        for (NetworkStatus status : NetworkStatus.values()) {
            MemberNetwork network = new MemberNetwork("N", new Acronym("NN"), Region.AFRICA, NetworkCategory.MEMBER_BASED,
                    Weight.ONE, status);

            network.changeStatus(status);

            assertThat(network.status()).isEqualTo(status);
        }
    }

    @Test
    void aStatusChangeFollowsTheWorkflow() {
        MemberNetwork network = ica();

        network.changeStatus(NetworkStatus.SUSPENDED);
        network.changeStatus(NetworkStatus.MEMBER);
        network.changeStatus(NetworkStatus.WITHDRAWN);
        network.changeStatus(NetworkStatus.APPLICANT);

        assertThat(network.status()).isEqualTo(NetworkStatus.APPLICANT);
    }

    @Test
    void aRefusedStatusChangeLeavesTheStatusAsItWas() {
        MemberNetwork network = ica();

        assertThatThrownBy(() -> network.changeStatus(NetworkStatus.APPLICANT)).isInstanceOf(IllegalTransitionException.class);
        assertThat(network.status()).isEqualTo(NetworkStatus.MEMBER);
    }

    @Test
    void theSnapshotListsTheFieldsInAStableOrder() {
        MemberNetwork network = ica();
        network.reweigh(new Weight(5));

        assertThat(network.snapshot()).containsExactly(
                org.assertj.core.api.Assertions.entry("id", null),
                org.assertj.core.api.Assertions.entry("name", "International Cooperative Alliance"),
                org.assertj.core.api.Assertions.entry("acronym", "ICA"),
                org.assertj.core.api.Assertions.entry("region", "GLOBAL"),
                org.assertj.core.api.Assertions.entry("category", "INTERNATIONAL_NETWORK"),
                org.assertj.core.api.Assertions.entry("status", "MEMBER"),
                org.assertj.core.api.Assertions.entry("weight", 5));
    }

    @Test
    void networksWithoutAnIdAreEqualOnlyToThemselves() {
        MemberNetwork a = ica();
        MemberNetwork b = ica();

        assertThat(a).isEqualTo(a).isNotEqualTo(b);
    }
}
