package org.icsse.governance.domain.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.icsse.governance.domain.shared.Texts;

/** A member network of the coalition: the unit that votes. */
@Entity
@Table(name = "member_network")
@NamedQuery(name = "MemberNetwork.findByAcronym", query = "select n from MemberNetwork n where n.acronym = :acronym")
@NamedQuery(name = "MemberNetwork.acronyms", query = "select n.acronym from MemberNetwork n")
@NamedQuery(name = "MemberNetwork.findAllById", query = "select n from MemberNetwork n where n.id in :ids order by n.acronym")
public class MemberNetwork {

    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "member_network_seq", sequenceName = "member_network_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_network_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Convert(converter = AcronymConverter.class)
    @Column(nullable = false, unique = true, length = 16)
    private Acronym acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NetworkCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NetworkStatus status;

    @Convert(converter = WeightConverter.class)
    @Column(nullable = false)
    private Weight weight;

    @Version
    private long version;

    protected MemberNetwork() {
        // for JPA
    }

    public MemberNetwork(String name, Acronym acronym, Region region, NetworkCategory category, Weight weight,
            NetworkStatus status) {
        describe(name, acronym, region, category);
        this.weight = Objects.requireNonNull(weight, "weight");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** A new member in good standing, as the secretariat registers it. */
    public static MemberNetwork admit(String name, Acronym acronym, Region region, NetworkCategory category, Weight weight) {
        return new MemberNetwork(name, acronym, region, category, weight, NetworkStatus.MEMBER);
    }

    /** Changes what the register says the network is. */
    public void describe(String name, Acronym acronym, Region region, NetworkCategory category) {
        this.name = Texts.requireLine("name", name, NAME_MAX);
        this.acronym = Objects.requireNonNull(acronym, "acronym");
        this.region = Objects.requireNonNull(region, "region");
        this.category = Objects.requireNonNull(category, "category");
    }

    public void reweigh(Weight newWeight) {
        this.weight = Objects.requireNonNull(newWeight, "weight");
    }

    /** Moves the network along its status workflow; refuses a change the workflow does not allow. */
    public void changeStatus(NetworkStatus target) {
        if (target != status) {
            this.status = status.transitionTo(target);
        }
    }

    /** What the audit log records of this network, in a stable order. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("name", name);
        s.put("acronym", acronym.value());
        s.put("region", region.name());
        s.put("category", category.name());
        s.put("status", status.name());
        s.put("weight", weight.value());
        return s;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Acronym acronym() {
        return acronym;
    }

    public Region region() {
        return region;
    }

    public NetworkCategory category() {
        return category;
    }

    public NetworkStatus status() {
        return status;
    }

    public Weight weight() {
        return weight;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MemberNetwork other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return MemberNetwork.class.hashCode();
    }

    @Override
    public String toString() {
        return acronym + " (" + id + ")";
    }
}
