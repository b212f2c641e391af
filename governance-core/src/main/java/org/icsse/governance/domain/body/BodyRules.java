package org.icsse.governance.domain.body;

import java.util.Objects;

import org.icsse.governance.domain.shared.InvalidValueException;

/** The standing rules of a body: its quorum, its default majority, seconds needed, proxies a holder may carry. */
public record BodyRules(QuorumRule quorum, MajorityRule majority, int secondsRequired, int proxyCap) {

    public static final BodyRules DEFAULT = new BodyRules(QuorumRule.of(50, 0), MajorityRule.SIMPLE, 1, 1);

    public BodyRules {
        Objects.requireNonNull(quorum, "quorum");
        if (majority == null) {
            throw new InvalidValueException("majority", "value.required");
        }
        if (secondsRequired < 0 || secondsRequired > Body.SECONDS_MAX) {
            throw new InvalidValueException("secondsRequired", "value.range", 0, Body.SECONDS_MAX);
        }
        if (proxyCap < 0 || proxyCap > Body.PROXY_CAP_MAX) {
            throw new InvalidValueException("proxyCap", "value.range", 0, Body.PROXY_CAP_MAX);
        }
    }
}
