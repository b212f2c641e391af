package org.icsse.governance.application.register;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.network.Acronym;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.domain.network.NetworkCategory;
import org.icsse.governance.domain.network.NetworkQuery;
import org.icsse.governance.domain.network.NetworkStatus;
import org.icsse.governance.domain.network.Region;
import org.icsse.governance.domain.network.Weight;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/** The member register: the secretariat registers and edits networks; every signed-in person reads it. */
@ApplicationScoped
@Transactional
public class NetworkRegister {

    @Inject
    MemberNetworks networks;

    @Inject
    AuditTrail audit;

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MemberNetwork register(NetworkForm form) {
        MemberNetwork network = newNetwork(form);
        requireFreeAcronym(network.acronym(), null);
        networks.add(network);
        audit.record("network.registered", "network", network.id(), null, network.snapshot());
        return network;
    }

    /** A network built from a form, every value checked (all refusals at once), not yet stored. */
    private static MemberNetwork newNetwork(NetworkForm form) {
        Violations violations = new Violations();
        String name = violations.check(() -> Texts.requireLine("name", form.name(), MemberNetwork.NAME_MAX));
        Acronym acronym = violations.check(() -> new Acronym(form.acronym()));
        Region region = violations.check(() -> Texts.requireEnum("region", Region.class, form.region()));
        NetworkCategory category = violations.check(() -> Texts.requireEnum("category", NetworkCategory.class, form.category()));
        Weight weight = form.weight() == null ? Weight.ONE : violations.check(() -> Weight.of(form.weight()));
        NetworkStatus status = form.status() == null ? NetworkStatus.MEMBER
                : violations.check(() -> Texts.requireEnum("status", NetworkStatus.class, form.status()));
        violations.throwIfAny();
        return new MemberNetwork(name, acronym, region, category, weight, status);
    }

    /** Changes the fields the form names; status changes follow the status workflow. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MemberNetwork update(long id, NetworkForm form) {
        MemberNetwork network = networks.getById(id);
        Map<String, Object> before = network.snapshot();
        Violations violations = new Violations();
        String name = form.name() == null ? network.name()
                : violations.check(() -> Texts.requireLine("name", form.name(), MemberNetwork.NAME_MAX));
        Acronym acronym = form.acronym() == null ? network.acronym() : violations.check(() -> new Acronym(form.acronym()));
        Region region = form.region() == null ? network.region()
                : violations.check(() -> Texts.requireEnum("region", Region.class, form.region()));
        NetworkCategory category = form.category() == null ? network.category()
                : violations.check(() -> Texts.requireEnum("category", NetworkCategory.class, form.category()));
        Weight weight = form.weight() == null ? network.weight() : violations.check(() -> Weight.of(form.weight()));
        NetworkStatus status = form.status() == null ? network.status()
                : violations.check(() -> Texts.requireEnum("status", NetworkStatus.class, form.status()));
        violations.throwIfAny();
        requireFreeAcronym(acronym, network.id());
        network.describe(name, acronym, region, category);
        network.reweigh(weight);
        network.changeStatus(status);
        Map<String, Object> after = network.snapshot();
        if (!after.equals(before)) {
            audit.record("network.updated", "network", network.id(), before, after);
        }
        return network;
    }

    @RequiresRole
    public MemberNetwork get(long id) {
        return networks.getById(id);
    }

    @RequiresRole
    public Page<MemberNetwork> search(NetworkQuery query) {
        return networks.search(query);
    }

    /**
     * Imports networks from CSV (header {@code name,acronym,region,category,weight}). All or nothing:
     * when any row is bad, nothing is imported and every bad row is reported with its line number.
     */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public List<MemberNetwork> importCsv(Reader csv) {
        Set<Acronym> registered = networks.registeredAcronyms();
        List<MemberNetwork> imported = NetworkCsv.read(csv, registered::contains).stream().map(NetworkRegister::newNetwork).toList();
        networks.addAll(imported);
        imported.forEach(network -> audit.record("network.imported", "network", network.id(), null, network.snapshot()));
        return imported;
    }

    private void requireFreeAcronym(Acronym acronym, Long ownId) {
        networks.findByAcronym(acronym)
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw new ConflictException("acronym", "acronym.taken", acronym.value());
                });
    }
}
