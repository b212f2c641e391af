package org.icsse.governance.web.pages.register;

import java.io.Serializable;

import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyRules;

/** One line of the list of bodies: plain values, safe to keep in the view. */
public final class BodyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String code;
    private final String members;
    private final int memberCount;
    private final int quorumNetworksPercent;
    private final int quorumWeightPercent;
    private final String majority;
    private final int secondsRequired;
    private final int proxyCap;

    BodyRow(Body body) {
        BodyRules rules = body.rules();
        id = body.id();
        name = body.name();
        code = body.code().value();
        members = String.join(", ", body.members().stream().map(n -> n.acronym().value()).sorted().toList());
        memberCount = body.members().size();
        quorumNetworksPercent = rules.quorum().networks().value();
        quorumWeightPercent = rules.quorum().weight().value();
        majority = rules.majority().name();
        secondsRequired = rules.secondsRequired();
        proxyCap = rules.proxyCap();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getMembers() {
        return members;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public int getQuorumNetworksPercent() {
        return quorumNetworksPercent;
    }

    public int getQuorumWeightPercent() {
        return quorumWeightPercent;
    }

    public String getMajority() {
        return majority;
    }

    public int getSecondsRequired() {
        return secondsRequired;
    }

    public int getProxyCap() {
        return proxyCap;
    }
}
