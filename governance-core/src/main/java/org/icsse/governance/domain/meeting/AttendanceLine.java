package org.icsse.governance.domain.meeting;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of the attendance list of minutes: a network that attended, in person or represented by the
 * network holding its proxy. Immutable.
 */
@Embeddable
public class AttendanceLine {

    @Column(name = "network_id", nullable = false)
    private Long networkId;

    @Column(name = "proxy_holder_network_id")
    private Long proxyHolderNetworkId;

    protected AttendanceLine() {
        // for JPA
    }

    private AttendanceLine(Long networkId, Long proxyHolderNetworkId) {
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        if (networkId.equals(proxyHolderNetworkId)) {
            throw new IllegalArgumentException("network " + networkId + " represented by itself");
        }
        this.proxyHolderNetworkId = proxyHolderNetworkId;
    }

    public static AttendanceLine inPerson(Long networkId) {
        return new AttendanceLine(networkId, null);
    }

    public static AttendanceLine byProxy(Long networkId, Long holderNetworkId) {
        return new AttendanceLine(networkId, Objects.requireNonNull(holderNetworkId, "holderNetworkId"));
    }

    public Long networkId() {
        return networkId;
    }

    /** The network that held this one's proxy; {@code null} when it attended in person. */
    public Long proxyHolderNetworkId() {
        return proxyHolderNetworkId;
    }

    public boolean isByProxy() {
        return proxyHolderNetworkId != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttendanceLine that && networkId.equals(that.networkId)
                && Objects.equals(proxyHolderNetworkId, that.proxyHolderNetworkId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkId, proxyHolderNetworkId);
    }

    @Override
    public String toString() {
        return "AttendanceLine[" + networkId + (isByProxy() ? " by proxy of " + proxyHolderNetworkId : " in person") + "]";
    }
}
