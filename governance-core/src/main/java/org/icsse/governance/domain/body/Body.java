package org.icsse.governance.domain.body;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.shared.Texts;

/** A governing organ of the coalition (General Assembly, Steering Committee, a working group). */
@Entity
@Table(name = "body")
@NamedQuery(name = "Body.findAll", query = "select b from Body b order by b.code")
@NamedQuery(name = "Body.findByCode", query = "select b from Body b where b.code = :code")
public class Body {

    public static final int NAME_MAX = 200;
    public static final int SECONDS_MAX = 20;
    public static final int PROXY_CAP_MAX = 10;

    @Id
    @SequenceGenerator(name = "body_seq", sequenceName = "body_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "body_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Convert(converter = BodyCodeConverter.class)
    @Column(nullable = false, unique = true, length = 8)
    private BodyCode code;

    @Column(name = "quorum_networks_percent", nullable = false)
    private int quorumNetworksPercent;

    @Column(name = "quorum_weight_percent", nullable = false)
    private int quorumWeightPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MajorityRule majority;

    @Column(name = "seconds_required", nullable = false)
    private int secondsRequired;

    @Column(name = "proxy_cap", nullable = false)
    private int proxyCap;

    @ManyToMany
    @JoinTable(name = "body_member", joinColumns = @JoinColumn(name = "body_id"),
            inverseJoinColumns = @JoinColumn(name = "network_id"))
    private Set<MemberNetwork> members = new LinkedHashSet<>();

    @Version
    private long version;

    protected Body() {
        // for JPA
    }

    public Body(String name, BodyCode code, BodyRules rules) {
        rename(name);
        this.code = Objects.requireNonNull(code, "code");
        changeRules(rules);
    }

    public void rename(String newName) {
        this.name = Texts.requireLine("name", newName, NAME_MAX);
    }

    /** Gives the body another code (its motion numbers will use it). */
    public void recode(BodyCode newCode) {
        this.code = Objects.requireNonNull(newCode, "code");
    }

    public void changeRules(BodyRules rules) {
        Objects.requireNonNull(rules, "rules");
        this.quorumNetworksPercent = rules.quorum().networks().value();
        this.quorumWeightPercent = rules.quorum().weight().value();
        this.majority = rules.majority();
        this.secondsRequired = rules.secondsRequired();
        this.proxyCap = rules.proxyCap();
    }

    /** Sets the member networks of this body to exactly these. */
    public void compose(Collection<MemberNetwork> networks) {
        members.clear();
        members.addAll(networks);
    }

    public BodyRules rules() {
        return new BodyRules(QuorumRule.of(quorumNetworksPercent, quorumWeightPercent), majority, secondsRequired, proxyCap);
    }

    /** The member networks, in acronym order. */
    public List<MemberNetwork> members() {
        return members.stream().sorted(Comparator.comparing(n -> n.acronym().value())).toList();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("name", name);
        s.put("code", code.value());
        s.put("quorumNetworksPercent", quorumNetworksPercent);
        s.put("quorumWeightPercent", quorumWeightPercent);
        s.put("majority", majority.name());
        s.put("secondsRequired", secondsRequired);
        s.put("proxyCap", proxyCap);
        s.put("networkIds", members().stream().map(MemberNetwork::id).toList());
        return s;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BodyCode code() {
        return code;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Body other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Body.class.hashCode();
    }
}
