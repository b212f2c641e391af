package org.icsse.governance.application.register;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.body.BodyRules;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.domain.network.NetworkStatus;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/** Governing bodies: the secretariat sets them up and composes them; every signed-in person reads them. */
@ApplicationScoped
@Transactional
public class BodyRegister {

    @Inject
    Bodies bodies;

    @Inject
    MemberNetworks networks;

    @Inject
    AuditTrail audit;

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public Body create(BodyForm form) {
        BodyRules defaults = BodyRules.DEFAULT;
        Violations violations = new Violations();
        String name = violations.check(() -> Texts.requireLine("name", form.name(), Body.NAME_MAX));
        BodyCode code = violations.check(() -> new BodyCode(form.code()));
        BodyRules rules = violations.check(() -> rules(form, defaults));
        List<MemberNetwork> members = violations.check(() -> members(form.networkIds() == null ? List.of() : form.networkIds()));
        violations.throwIfAny();
        requireFreeCode(code, null);
        Body body = new Body(name, code, rules);
        body.compose(members);
        bodies.add(body);
        audit.record("body.created", "body", body.id(), null, body.snapshot());
        return body;
    }

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public Body update(long id, BodyForm form) {
        Body body = bodies.getById(id);
        Map<String, Object> before = body.snapshot();
        Violations violations = new Violations();
        String name = form.name() == null ? body.name() : violations.check(() -> Texts.requireLine("name", form.name(), Body.NAME_MAX));
        BodyCode code = form.code() == null ? body.code() : violations.check(() -> new BodyCode(form.code()));
        BodyRules rules = violations.check(() -> rules(form, body.rules()));
        List<MemberNetwork> members = form.networkIds() == null ? body.members() : violations.check(() -> members(form.networkIds()));
        violations.throwIfAny();
        requireFreeCode(code, body.id());
        body.rename(name);
        body.recode(code);
        body.changeRules(rules);
        body.compose(members);
        Map<String, Object> after = body.snapshot();
        if (!after.equals(before)) {
            audit.record("body.updated", "body", body.id(), before, after);
        }
        return body;
    }

    @RequiresRole
    public Body get(long id) {
        return bodies.getById(id);
    }

    @RequiresRole
    public List<Body> list() {
        return bodies.findAll();
    }

    private static BodyRules rules(BodyForm form, BodyRules current) {
        Violations violations = new Violations();
        Integer networksPercent = form.quorumNetworksPercent() == null ? Integer.valueOf(current.quorum().networks().value())
                : violations.check(() -> Texts.requireRange("quorum.networksPercent", form.quorumNetworksPercent(), 0, 100));
        Integer weightPercent = form.quorumWeightPercent() == null ? Integer.valueOf(current.quorum().weight().value())
                : violations.check(() -> Texts.requireRange("quorum.weightPercent", form.quorumWeightPercent(), 0, 100));
        MajorityRule majority = form.majority() == null ? current.majority()
                : violations.check(() -> Texts.requireEnum("majority", MajorityRule.class, form.majority()));
        Integer seconds = form.secondsRequired() == null ? Integer.valueOf(current.secondsRequired())
                : violations.check(() -> Texts.requireRange("secondsRequired", form.secondsRequired(), 0, Body.SECONDS_MAX));
        Integer proxyCap = form.proxyCap() == null ? Integer.valueOf(current.proxyCap())
                : violations.check(() -> Texts.requireRange("proxyCap", form.proxyCap(), 0, Body.PROXY_CAP_MAX));
        violations.throwIfAny();
        return new BodyRules(QuorumRule.of(networksPercent, weightPercent), majority, seconds, proxyCap);
    }

    /** The networks named, each once; a withdrawn network cannot sit in a body. */
    private List<MemberNetwork> members(List<Long> ids) {
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("networkIds", "value.required");
        }
        List<MemberNetwork> found;
        try {
            found = networks.getAllById(new LinkedHashSet<>(ids));
        } catch (NotFoundException e) {
            throw new InvalidValueException("networkIds", e.messageKey(), e.arguments());
        }
        for (MemberNetwork network : found) {
            if (network.status() == NetworkStatus.WITHDRAWN) {
                throw new InvalidValueException("networkIds", "network.notMember", network.acronym().value(), network.status().name());
            }
        }
        return found;
    }

    private void requireFreeCode(BodyCode code, Long ownId) {
        bodies.findByCode(code)
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw new ConflictException("code", "bodyCode.taken", code.value());
                });
    }
}
