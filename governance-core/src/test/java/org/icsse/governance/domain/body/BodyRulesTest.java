package org.icsse.governance.domain.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 20})
    void secondsFromZeroToTwentyAreAccepted(int seconds) {
        assertThat(new BodyRules(QuorumRule.NONE, MajorityRule.SIMPLE, seconds, 1).secondsRequired()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 21})
    void secondsOutsideZeroToTwentyAreRefused(int seconds) {
        InvalidValueException e = assertInvalid(() -> new BodyRules(QuorumRule.NONE, MajorityRule.SIMPLE, seconds, 1),
                "secondsRequired", "value.range");
        assertThat(e.arguments()).containsExactly(0, Body.SECONDS_MAX);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10})
    void aProxyCapFromZeroToTenIsAccepted(int cap) {
        assertThat(new BodyRules(QuorumRule.NONE, MajorityRule.SIMPLE, 0, cap).proxyCap()).isEqualTo(cap);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void aProxyCapOutsideZeroToTenIsRefused(int cap) {
        InvalidValueException e = assertInvalid(() -> new BodyRules(QuorumRule.NONE, MajorityRule.SIMPLE, 0, cap),
                "proxyCap", "value.range");
        assertThat(e.arguments()).containsExactly(0, Body.PROXY_CAP_MAX);
    }

    @Test
    void aMajorityRuleIsRequired() {
        assertInvalid(() -> new BodyRules(QuorumRule.NONE, null, 0, 0), "majority", "value.required");
    }

    @Test
    void aQuorumRuleIsRequired() {
        assertThatThrownBy(() -> new BodyRules(null, MajorityRule.SIMPLE, 0, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theDefaultIsHalfTheNetworksSimpleMajorityOneSecondOneProxy() {
        assertThat(BodyRules.DEFAULT).isEqualTo(new BodyRules(QuorumRule.of(50, 0), MajorityRule.SIMPLE, 1, 1));
    }

    @Test
    void rulesAreEqualByValue() {
        BodyRules a = new BodyRules(QuorumRule.of(50, 50), MajorityRule.TWO_THIRDS, 2, 3);
        assertThat(a).isEqualTo(new BodyRules(QuorumRule.of(50, 50), MajorityRule.TWO_THIRDS, 2, 3))
                .isNotEqualTo(new BodyRules(QuorumRule.of(50, 50), MajorityRule.TWO_THIRDS, 2, 4));
    }
}
