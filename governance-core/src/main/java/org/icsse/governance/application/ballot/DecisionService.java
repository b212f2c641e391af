package org.icsse.governance.application.ballot;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.text.Markup;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.decision.Decision;
import org.icsse.governance.domain.decision.DecisionQuery;
import org.icsse.governance.domain.decision.Decisions;
import org.icsse.governance.domain.shared.NotAuthenticatedException;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.infrastructure.config.Settings;

/**
 * The decisions register, as everyone reads it: published to the public unless the coalition configures
 * otherwise ({@link Settings#decisionsPublic()}), in which case it takes a signed-in reader.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    @Inject
    Decisions decisions;

    @Inject
    Bodies bodies;

    @Inject
    CallerContext callers;

    /** One page of the register, newest first, searched by body, year and text. */
    public Page<DecisionView> search(DecisionQuery query) {
        if (!Settings.decisionsPublic() && callers.current().isAnonymous()) {
            throw new NotAuthenticatedException();
        }
        Page<Decision> page = decisions.search(query);
        Map<Long, Body> byId = bodiesById(page.items().stream().map(Decision::bodyId).distinct().toList());
        return new Page<>(page.items().stream().map(d -> view(d, byId.get(d.bodyId()))).toList(), page.total());
    }

    /**
     * The bodies a reader of the register may search by, by code: read as the register is (publicly unless
     * configured otherwise), since the body's code and name are printed on every decision anyway.
     */
    public List<RegisterBody> bodies() {
        if (!Settings.decisionsPublic() && callers.current().isAnonymous()) {
            throw new NotAuthenticatedException();
        }
        return bodies.findAll().stream().sorted(Comparator.comparing(b -> b.code().value()))
                .map(b -> new RegisterBody(b.id(), b.code().value(), b.name())).toList();
    }

    private Map<Long, Body> bodiesById(Collection<Long> ids) {
        return ids.stream().map(bodies::getById).collect(Collectors.toMap(Body::id, Function.identity()));
    }

    private static DecisionView view(Decision d, Body body) {
        return new DecisionView(d.id(), d.number().toString(), d.title(), d.text(), Markup.toSafeHtml(d.text()),
                d.adoptedAt(), d.bodyId(), body.code().value(), body.name(), d.motionId(), d.motionNumber(), d.ballotId(),
                d.meetingId().orElse(null));
    }
}
