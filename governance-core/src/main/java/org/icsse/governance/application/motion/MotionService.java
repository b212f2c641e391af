package org.icsse.governance.application.motion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.application.text.TextComparison;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.motion.Amendment;
import org.icsse.governance.domain.motion.Motion;
import org.icsse.governance.domain.motion.MotionQuery;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.motion.MotionVersion;
import org.icsse.governance.domain.motion.Motions;
import org.icsse.governance.domain.motion.Proposal;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * Motions and amendments from a network's draft to a text ready for the vote. Delegates draft, edit,
 * submit, second, amend and withdraw for their own network only; the chair and the secretariat admit
 * and postpone; the secretariat approves translations. Drafts are seen by the proposing network's
 * delegates and nobody else: to anyone else a draft does not exist.
 */
@ApplicationScoped
@Transactional
public class MotionService {

    private static final Set<Role> PRESIDING = Set.of(Role.CHAIR, Role.SECRETARIAT, Role.ADMIN);
    private static final Set<Role> STAFF = Set.of(Role.SECRETARIAT, Role.ADMIN);
    private static final int HISTORY_MAX = 200;

    @Inject
    Motions motions;

    @Inject
    Bodies bodies;

    @Inject
    MemberNetworks networks;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** A delegate drafts a motion for their network in a body of which it is a member. */
    @RequiresRole(Role.DELEGATE)
    public MotionView draft(MotionForm form) {
        Caller caller = callers.current();
        Motion motion = newDraft(form, ownNetwork(caller, form.proposerNetworkId()));
        motions.add(motion);
        audit.record("motion.drafted", "motion", motion.id(), null, motion.snapshot());
        return view(motion, caller, null);
    }

    /**
     * Drafts and submits at once (what the API's {@code POST /motions} does): a delegate for their network,
     * the secretariat for the network it names.
     */
    @RequiresRole({Role.DELEGATE, Role.SECRETARIAT, Role.ADMIN})
    public MotionView propose(MotionForm form) {
        Caller caller = callers.current();
        long networkId;
        if (caller.hasAnyRole(STAFF) && form.proposerNetworkId() != null) {
            networkId = form.proposerNetworkId();
        } else if (caller.delegateOf().isPresent()) {
            networkId = ownNetwork(caller, form.proposerNetworkId());
        } else {
            throw new InvalidValueException("proposerNetworkId", "value.required");
        }
        Motion motion = newDraft(form, networkId);
        motions.add(motion);
        audit.record("motion.drafted", "motion", motion.id(), null, motion.snapshot());
        submitNumbered(motion);
        return view(motion, caller, null);
    }

    /** The proposing network's delegate puts the draft before the body: it gets its number. */
    @RequiresRole(Role.DELEGATE)
    public MotionView submit(long id) {
        Caller caller = callers.current();
        Proposal proposal = changeable(id, caller);
        requireDelegateOf(caller, proposal.proposerNetworkId());
        submitNumbered(proposal);
        return view(proposal, caller, null);
    }

    /** The proposing network's delegate changes the text until admission: a new version. */
    @RequiresRole(Role.DELEGATE)
    public MotionView edit(long id, MotionForm form) {
        return change(id, "motion.edited", (proposal, caller) -> motion(proposal).edit(caller.delegateOf().orElse(null),
                form.title(), form.text(), form.rationale(), clock.instant()));
    }

    /** The proposing network's delegate saves the draft's last changes and submits it, in one transaction. */
    @RequiresRole(Role.DELEGATE)
    public MotionView editAndSubmit(long id, MotionForm form) {
        edit(id, form);
        return submit(id);
    }

    /** A delegate seconds a motion or an amendment for their network, a member of the body. */
    @RequiresRole(Role.DELEGATE)
    public MotionView second(long id) {
        return change(id, "motion.seconded", (proposal, caller) ->
                proposal.second(memberOfBody(caller, bodies.getById(proposal.bodyId())), clock.instant()));
    }

    /** The chair or the secretariat admits a motion or an amendment that has the seconds its body requires. */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MotionView admit(long id) {
        return change(id, "motion.admitted", (proposal, caller) ->
                proposal.admit(bodies.getById(proposal.bodyId()).rules().secondsRequired()));
    }

    /** The chair or the secretariat postpones a motion or an amendment. */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MotionView postpone(long id) {
        return change(id, "motion.postponed", (proposal, caller) -> proposal.postpone());
    }

    /** The proposing network's delegate withdraws the motion or amendment, until voting starts. */
    @RequiresRole(Role.DELEGATE)
    public MotionView withdraw(long id) {
        return change(id, "motion.withdrawn", (proposal, caller) -> proposal.withdraw(caller.delegateOf().orElse(null)));
    }

    /** A delegate of a member network proposes an amendment to an admitted motion; it is submitted at once. */
    @RequiresRole(Role.DELEGATE)
    public MotionView proposeAmendment(long motionId, AmendmentForm form) {
        Caller caller = callers.current();
        Motion motion = motion(changeable(motionId, caller));
        long networkId = memberOfBody(caller, bodies.getById(motion.bodyId()));
        Amendment amendment = motion.proposeAmendment(motions.nextId(), networkId, form.title(), form.paragraph(),
                form.text(), form.rationale(), clock.instant());
        motions.add(amendment);
        audit.record("amendment.proposed", "motion", amendment.id(), null, amendment.snapshot());
        submitNumbered(amendment);
        return view(amendment, caller, null);
    }

    /**
     * Adds or replaces a translation: the proposing network's delegates and the secretariat may; only the
     * secretariat may mark it official.
     */
    @RequiresRole({Role.DELEGATE, Role.SECRETARIAT, Role.ADMIN})
    public MotionView translate(long id, TranslationForm form) {
        return change(id, "motion.translated", (proposal, caller) -> {
            Motion motion = motion(proposal);
            boolean staff = caller.hasAnyRole(STAFF);
            if (!staff) {
                requireDelegateOf(caller, motion.proposerNetworkId());
            }
            if (form.official() && !staff) {
                throw new AccessDeniedException("translation.officialBySecretariat");
            }
            Language language = Texts.requireEnum("language", Language.class, form.language());
            motion.addTranslation(language, form.title(), form.text(), form.official(), clock.instant());
        });
    }

    /** The secretariat approves a translation: it becomes official. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MotionView approveTranslation(long id, String language) {
        return change(id, "motion.translationApproved", (proposal, caller) ->
                motion(proposal).approveTranslation(Texts.requireEnum("language", Language.class, language)));
    }

    /**
     * One change to a motion or an amendment: locked, changed by {@code act} (which checks who may),
     * written, and recorded in the audit log with its state before and after.
     */
    private MotionView change(long id, String action, BiConsumer<Proposal, Caller> act) {
        Caller caller = callers.current();
        Proposal proposal = changeable(id, caller);
        Map<String, Object> before = proposal.snapshot();
        act.accept(proposal, caller);
        motions.flush();
        audit.record(action, "motion", proposal.id(), before, proposal.snapshot());
        return view(proposal, caller, null);
    }

    /** One motion or amendment as the caller may see it, its text in the reader's language when there is one. */
    @RequiresRole
    public MotionView get(long id, Language reader) {
        Caller caller = callers.current();
        return view(readable(id, caller), caller, reader);
    }

    /** The motions (not amendments) the caller may see, as the query asks. */
    @RequiresRole
    public Page<MotionSummary> search(MotionQuery query) {
        Caller caller = callers.current();
        MotionQuery asked = new MotionQuery(query.bodyId(), query.status(), query.text(),
                caller.delegateOf().orElse(null), query.sortField(), query.ascending(), query.offset(), query.limit());
        Page<Motion> page = motions.search(asked);
        return new Page<>(summaries(page.items()), page.total());
    }

    /** What the caller's network has not seconded yet in the bodies it belongs to (empty for others). */
    @RequiresRole
    public List<MotionSummary> awaitingSecondOfOwnNetwork(int limit) {
        Optional<Long> networkId = callers.current().delegateOf();
        if (networkId.isEmpty()) {
            return List.of();
        }
        List<Long> bodyIds = bodies.findAll().stream()
                .filter(b -> b.members().stream().anyMatch(n -> n.id().equals(networkId.get())))
                .map(Body::id)
                .toList();
        return summaries(motions.awaitingSecondOf(networkId.get(), bodyIds, limit));
    }

    /** Two versions of a motion's title and text side by side. */
    @RequiresRole
    public VersionComparison compare(long id, int from, int to) {
        Motion motion = motion(readable(id, callers.current()));
        MotionVersion older = version(motion, "from", from);
        MotionVersion newer = version(motion, "to", to);
        return new VersionComparison(from, to, TextComparison.sideBySide(older.title(), newer.title()),
                TextComparison.sideBySide(older.text(), newer.text()));
    }

    /** The changes of a motion or amendment, from the audit log, oldest first. */
    @RequiresRole
    public List<HistoryEntry> history(long id) {
        Proposal proposal = readable(id, callers.current());
        return audit.aboutSubject("motion", proposal.id().toString(), HISTORY_MAX).stream()
                .map(e -> new HistoryEntry(e.occurredAt(), e.actor(), e.action()))
                .toList();
    }

    private Motion newDraft(MotionForm form, long networkId) {
        if (form.bodyId() == null) {
            throw new InvalidValueException("bodyId", "value.required");
        }
        Body body = bodies.findById(form.bodyId())
                .orElseThrow(() -> new InvalidValueException("bodyId", "body.unknown", form.bodyId()));
        requireMember(body, networks.getById(networkId));
        Violations violations = new Violations();
        Language language = violations.check(() -> Texts.requireEnum("language", Language.class, form.language()));
        // the other fields are checked even when the language is refused: every mistake is reported at once
        Language checkedLanguage = language == null ? Language.EN : language;
        Motion draft = violations.check(() -> Motion.draft(motions.nextId(), body.id(), body.code(), networkId,
                form.title(), form.text(), form.rationale(), checkedLanguage, clock.instant()));
        violations.throwIfAny();
        return draft;
    }

    private void submitNumbered(Proposal proposal) {
        Map<String, Object> before = proposal.snapshot();
        // the workflow is checked before a number is drawn, so a refused submission leaves no trace
        proposal.status().transitionTo(MotionStatus.SUBMITTED);
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        proposal.submit(motions.nextNumber(proposal.bodyId(), proposal.bodyCode(), year), now);
        motions.flush();
        audit.record("motion.submitted", "motion", proposal.id(), before, proposal.snapshot());
    }

    /** The proposal, when the caller may see it; a draft of another network is not found. */
    private Proposal readable(long id, Caller caller) {
        return visible(motions.getById(id), caller);
    }

    /** As {@link #readable}, locked for the change the caller is making. */
    private Proposal changeable(long id, Caller caller) {
        return visible(motions.getForChange(id), caller);
    }

    private static Proposal visible(Proposal proposal, Caller caller) {
        if (!proposal.isVisibleTo(caller.delegateOf().orElse(null))) {
            throw new NotFoundException("motion", proposal.id());
        }
        return proposal;
    }

    private static Motion motion(Proposal proposal) {
        if (proposal instanceof Motion motion) {
            return motion;
        }
        throw new NotFoundException("motion", proposal.id());
    }

    private static MotionVersion version(Motion motion, String field, int number) {
        List<MotionVersion> versions = motion.versions();
        if (number < 1 || number > versions.size()) {
            throw new InvalidValueException(field, "value.range", 1, versions.size());
        }
        return versions.get(number - 1);
    }

    /** The caller's own network; naming another one is refused. */
    private static long ownNetwork(Caller caller, Long named) {
        Long own = caller.delegateOf().orElseThrow(() -> new AccessDeniedException("access.denied"));
        if (named != null && !named.equals(own)) {
            throw new AccessDeniedException("access.otherNetwork");
        }
        return own;
    }

    private static void requireDelegateOf(Caller caller, Long networkId) {
        if (!caller.delegateOf().map(networkId::equals).orElse(false)) {
            throw new AccessDeniedException("motion.onlyProposer");
        }
    }

    /** The caller's network, when it is a member in good standing of the body. */
    private long memberOfBody(Caller caller, Body body) {
        long networkId = ownNetwork(caller, null);
        requireMember(body, networks.getById(networkId));
        return networkId;
    }

    private static void requireMember(Body body, MemberNetwork network) {
        if (body.members().stream().noneMatch(n -> n.id().equals(network.id()))) {
            throw new AccessDeniedException("motion.notBodyMember", network.acronym().value(), body.code().value());
        }
        if (!network.status().isVoting()) {
            throw new AccessDeniedException("network.notMember", network.acronym().value(), network.status().name());
        }
    }

    private List<MotionSummary> summaries(List<? extends Proposal> proposals) {
        Map<Long, MemberNetwork> proposers = networksById(proposals.stream().map(Proposal::proposerNetworkId).toList());
        Map<Long, Body> bodiesById = bodies.findAll().stream().collect(Collectors.toMap(Body::id, Function.identity()));
        return proposals.stream().map(p -> summary(p, proposers, bodiesById)).toList();
    }

    private static MotionSummary summary(Proposal p, Map<Long, MemberNetwork> proposers, Map<Long, Body> bodiesById) {
        Body body = bodiesById.get(p.bodyId());
        return new MotionSummary(p.id(), p.number() == null ? null : p.number().toString(), title(p),
                NetworkRef.of(proposers.get(p.proposerNetworkId())), p.status(), p.seconds().size(),
                body.rules().secondsRequired(), body.id(), body.code().value(), p.submittedAt(),
                p instanceof Amendment a ? a.motionId() : null);
    }

    private static String title(Proposal p) {
        return p instanceof Motion m ? m.title() : ((Amendment) p).title();
    }

    private Map<Long, MemberNetwork> networksById(Collection<Long> ids) {
        return networks.getAllById(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(MemberNetwork::id, Function.identity()));
    }

    private MotionView view(Proposal proposal, Caller caller, Language reader) {
        Body body = bodies.getById(proposal.bodyId());
        Motion motion = proposal instanceof Motion m ? m : (Motion) motions.getById(((Amendment) proposal).motionId());
        List<Amendment> amendments = proposal instanceof Motion
                ? motion.amendmentIds().stream().map(motions::getById).map(Amendment.class::cast)
                        .filter(a -> a.isVisibleTo(caller.delegateOf().orElse(null))).toList()
                : List.of();
        Set<Long> named = new HashSet<>();
        named.add(proposal.proposerNetworkId());
        proposal.seconds().forEach(s -> named.add(s.networkId()));
        amendments.forEach(a -> named.add(a.proposerNetworkId()));
        if (proposal instanceof Motion) {
            motion.versions().forEach(v -> named.add(v.authorNetworkId()));
        }
        Map<Long, MemberNetwork> byId = networksById(named);
        Function<Long, NetworkRef> ref = networkId -> NetworkRef.of(byId.get(networkId));

        List<MotionView.SecondView> seconds = proposal.seconds().stream()
                .map(s -> new MotionView.SecondView(ref.apply(s.networkId()), s.when())).toList();
        int required = body.rules().secondsRequired();
        MotionActions actions = actions(proposal, caller, body);
        Map<Long, Body> bodiesById = Map.of(body.id(), body);
        List<MotionSummary> amendmentSummaries = amendments.stream().map(a -> summary(a, byId, bodiesById)).toList();
        String number = proposal.number() == null ? null : proposal.number().toString();
        if (proposal instanceof Amendment amendment) {
            return new MotionView(amendment.id(), true, number, amendment.status(), body.id(), body.code().value(),
                    body.name(), ref.apply(amendment.proposerNetworkId()), amendment.title(), amendment.text(), List.of(),
                    amendment.rationale(), motion.language(), null, amendment.proposedAt(), amendment.submittedAt(),
                    motion.id(), motion.number() == null ? null : motion.number().toString(),
                    amendment.paragraph().orElse(null), seconds, required, List.of(), List.of(), List.of(), actions);
        }
        List<MotionView.VersionView> versions = motion.versions().stream()
                .map(v -> new MotionView.VersionView(v.number(), v.title(), v.text(), v.when(),
                        ref.apply(v.authorNetworkId()),
                        v.amendmentNumber() == null ? null : v.amendmentNumber().toString()))
                .toList();
        List<MotionView.TranslationView> translations = motion.translations().stream()
                .map(t -> new MotionView.TranslationView(t.language(), t.title(), t.text(), t.official(), t.ofVersion(),
                        t.when()))
                .toList();
        return new MotionView(motion.id(), false, number, motion.status(), body.id(), body.code().value(), body.name(),
                ref.apply(motion.proposerNetworkId()), motion.title(), motion.text(), motion.paragraphs(), motion.rationale(),
                motion.language(), motion.textFor(reader == null ? motion.language() : reader), motion.draftedAt(),
                motion.submittedAt(), null, null, null, seconds, required, versions, translations, amendmentSummaries,
                actions);
    }

    private static MotionActions actions(Proposal p, Caller caller, Body body) {
        Long own = caller.delegateOf().orElse(null);
        boolean proposer = own != null && own.equals(p.proposerNetworkId());
        boolean member = own != null && body.members().stream().anyMatch(n -> n.id().equals(own) && n.status().isVoting());
        boolean presiding = caller.hasAnyRole(PRESIDING);
        boolean staff = caller.hasAnyRole(STAFF);
        boolean isMotion = p instanceof Motion;
        MotionStatus status = p.status();
        boolean editable = status == MotionStatus.DRAFT || status == MotionStatus.SUBMITTED;
        boolean unofficialTranslation = isMotion && ((Motion) p).translations().stream().anyMatch(t -> !t.official());
        return new MotionActions(
                isMotion && proposer && editable,
                proposer && status == MotionStatus.DRAFT,
                member && !proposer && status == MotionStatus.SUBMITTED && !p.hasSeconded(own),
                presiding && status != MotionStatus.VOTING && status.canBecome(MotionStatus.ADMITTED)
                        && p.seconds().size() >= body.rules().secondsRequired(),
                presiding && status.canBecome(MotionStatus.POSTPONED),
                proposer && status.canBecome(MotionStatus.WITHDRAWN),
                isMotion && member && (status == MotionStatus.ADMITTED || status == MotionStatus.ON_AGENDA),
                isMotion && (proposer || staff),
                staff && unofficialTranslation);
    }
}
