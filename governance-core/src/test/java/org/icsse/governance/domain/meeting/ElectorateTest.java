package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.icsse.governance.domain.network.Weight;
import org.junit.jupiter.api.Test;

class ElectorateTest {

    @Test
    void anElectorateCountsItsNetworksAndSumsTheirWeights() {
        Electorate electorate = MeetingFixtures.electorate(30, 3, 10, 1, 20, 2);

        assertThat(electorate.count()).isEqualTo(3);
        assertThat(electorate.totalWeight()).isEqualTo(6);
        assertThat(electorate.networkIds()).containsExactly(10L, 20L, 30L);
        assertThat(electorate.weightOf(20L)).isEqualTo(new Weight(2));
        assertThat(electorate.weightOf(Set.of(10L, 30L, 99L))).as("outsiders weigh nothing").isEqualTo(4);
        assertThat(electorate.contains(10L)).isTrue();
        assertThat(electorate.contains(99L)).isFalse();
        assertThat(electorate.contains(null)).isFalse();
    }

    @Test
    void anElectorateIsAValueThatCannotBeChangedFromOutside() {
        Map<Long, Weight> weights = new HashMap<>(Map.of(1L, Weight.ONE));
        Electorate electorate = new Electorate(weights);
        weights.put(2L, Weight.ONE);

        assertThat(electorate.count()).isEqualTo(1);
        assertThat(electorate).isEqualTo(MeetingFixtures.electorate(1, 1));
        assertThatThrownBy(() -> electorate.weights().put(3L, Weight.ONE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theWeightOfAnOutsiderIsNotAsked() {
        assertThatThrownBy(() -> Electorate.EMPTY.weightOf(1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEmptyElectorateHasNobody() {
        assertThat(Electorate.EMPTY.count()).isZero();
        assertThat(Electorate.EMPTY.totalWeight()).isZero();
    }
}
