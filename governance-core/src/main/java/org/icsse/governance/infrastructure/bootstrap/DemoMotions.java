package org.icsse.governance.infrastructure.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.ballot.BallotForm;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.motion.AmendmentForm;
import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.motion.TranslationForm;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.motion.MotionQuery;
import org.icsse.governance.domain.motion.Motions;
import org.icsse.governance.domain.network.Acronym;
import org.icsse.governance.domain.network.MemberNetworks;

/**
 * The demonstration coalition's motions, so that a newcomer finds every stage on the first page: an
 * admitted motion in French with an official English translation and an amendment waiting for seconds,
 * a submitted motion waiting for seconds, one in the Steering Committee, and a private draft; then two remote
 * ballots and a held Steering Committee sitting with approved minutes (see each seed method). Seeded
 * once, in a transaction of its own after the coalition's (the number counters are opened in their own
 * transactions, which must see the committed bodies), by the demonstration accounts through the same
 * service people use.
 */
@ApplicationScoped
public class DemoMotions {

    private static final String CHARTER_FR = """
            L'Assemblée générale adopte la charte de l'adhésion ouverte :

            - toute organisation de l'économie sociale et solidaire peut demander son adhésion ;
            - le secrétariat publie chaque demande et sa suite dans le registre.

            Les réseaux membres s'engagent à *informer largement* leurs propres membres des décisions prises ensemble.""";

    private static final String CHARTER_EN = """
            The General Assembly adopts the charter of open membership:

            - any social and solidarity economy organisation may apply for membership;
            - the secretariat publishes every application and its outcome in the register.

            Member networks commit to *inform widely* their own members of the decisions taken together.""";

    private static final String ANNUAL_REPORT = "Annual report of the coalition";
    private static final String CALENDAR = "Calendar of the 2027 General Assembly";

    @Inject
    MotionService service;

    @Inject
    BallotService ballots;

    @Inject
    MeetingService meetings;

    @Inject
    MinutesService minutes;

    @Inject
    Clock clock;

    @Inject
    Motions motions;

    @Inject
    Bodies bodies;

    @Inject
    MemberNetworks networks;

    /** Seeds the motions unless the General Assembly has some already. */
    @Transactional
    public void seedOnce() {
        Body ga = bodies.findByCode(new BodyCode("GA")).orElse(null);
        Body sc = bodies.findByCode(new BodyCode("SC")).orElse(null);
        if (ga == null || sc == null
                || motions.search(new MotionQuery(ga.id(), null, null, null, null, true, 0, 1)).total() > 0) {
            return;
        }
        Caller secretariat = Caller.person("secretariat", Set.of(Role.SECRETARIAT), null);

        MotionView charter = as("RIPESS", () -> service.propose(new MotionForm(ga.id(), "Charte de l'adhésion ouverte",
                CHARTER_FR, "La charte promet l'adhésion ouverte ; ce texte dit comment.", "FR", null)));
        as("ICA", () -> service.second(charter.id()));
        as("RAESS", () -> service.second(charter.id()));
        CallerContext.as(secretariat, () -> service.admit(charter.id()));
        CallerContext.as(secretariat, () -> service.translate(charter.id(),
                new TranslationForm("EN", "Charter of open membership", CHARTER_EN, true)));
        as("GSEF", () -> service.proposeAmendment(charter.id(), new AmendmentForm("Publish within thirty days",
                "- toute organisation de l'économie sociale et solidaire peut demander son adhésion ;\n"
                        + "- le secrétariat publie chaque demande et sa suite dans le registre dans les trente jours.",
                "Une adhésion ouverte suppose des délais connus.", 2)));

        as("GSEF", () -> service.propose(new MotionForm(ga.id(), "Publish the decisions register in three languages",
                "The secretariat publishes every decision of the coalition's bodies in English, French and Spanish"
                        + " within one month of its adoption.\n\nThe register is readable without an account.",
                "Wide communication of what is decided together is a promise of the charter.", "EN", null)));

        as("RELACC", () -> service.propose(new MotionForm(sc.id(), "Grupo de trabajo sobre finanzas solidarias",
                "El Comité Directivo crea un grupo de trabajo sobre **finanzas solidarias**, abierto a todas las redes"
                        + " miembros, que informará a la próxima Asamblea General.",
                null, "ES", null)));

        as("ICA", () -> service.draft(new MotionForm(ga.id(), "Cooperative identity in public procurement",
                "A draft the International Cooperative Alliance's delegates are still writing.", null, "EN", null)));
    }

    /**
     * Seeds two remote ballots of the General Assembly, once: one decided (the decisions register has an entry)
     * and one open, secret, with a few networks still to vote (RIPESS among them: its delegate finds it on the
     * voting page). Through the ballot service, as the secretariat and the delegates would.
     */
    @Transactional
    public void seedBallotsOnce() {
        Body ga = bodies.findByCode(new BodyCode("GA")).orElse(null);
        if (ga == null || motions.search(new MotionQuery(ga.id(), null, ANNUAL_REPORT, null, null, true, 0, 1)).total() > 0) {
            return;
        }
        Caller secretariat = Caller.person("secretariat", Set.of(Role.SECRETARIAT), null);
        Instant now = clock.instant();

        MotionView report = as("CCEDNET", () -> service.propose(new MotionForm(ga.id(), ANNUAL_REPORT,
                "The General Assembly approves the coalition's annual report for 2026 and thanks the member networks"
                        + " for their contributions.", null, "EN", null)));
        as("ICA", () -> service.second(report.id()));
        CallerContext.as(secretariat, () -> service.admit(report.id()));
        BallotView decided = CallerContext.as(secretariat, () -> ballots.open(new BallotForm(report.id(), null, null,
                null, null, false, now.plus(Duration.ofDays(7)).toString())));
        String[][] votes = {{"GSEF", "FOR"}, {"ICA", "FOR"}, {"SSEIF", "FOR"}, {"RIPESS", "FOR"}, {"RAESS", "AGAINST"},
                {"CAEA", "FOR"}, {"ASEC", "ABSTAIN"}, {"RELACC", "FOR"}, {"CCEDNET", "FOR"}, {"SEE", "AGAINST"}};
        for (String[] vote : votes) {
            as(vote[0], () -> ballots.cast(decided.id(), networkId(vote[0]), vote[1]));
        }
        CallerContext.as(secretariat, () -> ballots.close(decided.id()));

        MotionView fund = as("ASEC", () -> service.propose(new MotionForm(ga.id(), "Solidarity fund for networks in crisis",
                "The coalition sets up a solidarity fund, fed by voluntary contributions, to help member networks"
                        + " hit by disasters or repression keep their activity.",
                "Solidarity between members is the first principle of the charter.", "EN", null)));
        as("SEE", () -> service.second(fund.id()));
        CallerContext.as(secretariat, () -> service.admit(fund.id()));
        BallotView open = CallerContext.as(secretariat, () -> ballots.open(new BallotForm(fund.id(), "TWO_THIRDS", null,
                null, null, true, now.plus(Duration.ofDays(5)).toString())));
        for (String acronym : List.of("ASEC", "SEE", "GSEF", "MSM")) {
            as(acronym, () -> ballots.cast(open.id(), networkId(acronym), "FOR"));
        }
    }

    /**
     * Seeds, once, a Steering Committee sitting held three weeks ago: a motion on the agenda adopted by secret
     * ballot, the meeting closed, its minutes circulated and approved by the decision of the next sitting (planned
     * in two weeks). The {@code archive-meetings} job seals it into the archive's first package at its first run.
     */
    @Transactional
    public void seedHeldMeetingOnce() {
        Body sc = bodies.findByCode(new BodyCode("SC")).orElse(null);
        Caller secretariat = Caller.person("secretariat", Set.of(Role.SECRETARIAT), null);
        Caller chair = Caller.person("chair", Set.of(Role.CHAIR), null);
        if (sc == null || !CallerContext.as(secretariat, () -> meetings.ofBody(sc.id())).isEmpty()) {
            return;
        }
        LocalDate held = LocalDate.now(clock).minusDays(21);
        LocalDate next = LocalDate.now(clock).plusDays(14);

        MotionView calendar = as("RELACC", () -> service.propose(new MotionForm(sc.id(), CALENDAR,
                "The Steering Committee convenes the 2027 General Assembly for the second week of June 2027, online and"
                        + " in Montréal, and asks the secretariat to open the call for motions three months before.",
                null, "EN", null)));
        as("SEE", () -> service.second(calendar.id()));
        CallerContext.as(secretariat, () -> service.admit(calendar.id()));
        long meetingId = CallerContext.as(secretariat, () -> meetings.plan(new MeetingForm(sc.id(),
                "Steering Committee, autumn sitting", held + "T13:00", held + "T16:00", "Europe/Brussels",
                "Brussels and online", null))).id();
        long itemId = CallerContext.as(secretariat, () -> meetings.addMotionItem(meetingId, calendar.id(), 30)).agenda().get(0).itemId();
        CallerContext.as(chair, () -> meetings.open(meetingId));
        CallerContext.as(chair, () -> meetings.advanceTo(meetingId, itemId));
        BallotView ballot = CallerContext.as(chair, () -> ballots.open(new BallotForm(calendar.id(), null, null, null, null,
                true, null)));
        String[][] votes = {{"GSEF", "FOR"}, {"ICA", "FOR"}, {"SSEIF", "FOR"}, {"RAESS", "FOR"}, {"ASEC", "FOR"},
                {"RELACC", "FOR"}, {"SEE", "ABSTAIN"}};
        for (String[] vote : votes) {
            as(vote[0], () -> ballots.cast(ballot.id(), networkId(vote[0]), vote[1]));
        }
        CallerContext.as(chair, () -> ballots.close(ballot.id()));
        CallerContext.as(chair, () -> meetings.adjourn(meetingId));
        CallerContext.as(chair, () -> meetings.close(meetingId));
        CallerContext.as(secretariat, () -> minutes.circulate(meetingId));
        long nextId = CallerContext.as(secretariat, () -> meetings.plan(new MeetingForm(sc.id(),
                "Steering Committee, winter sitting", next + "T13:00", next + "T16:00", "Europe/Brussels",
                "Online", null))).id();
        CallerContext.as(secretariat, () -> minutes.approveByDecision(meetingId, nextId, "Approved at the winter sitting"));
    }

    private long networkId(String acronym) {
        return networks.findByAcronym(new Acronym(acronym)).orElseThrow().id();
    }

    private <T> T as(String acronym, Supplier<T> work) {
        long networkId = networkId(acronym);
        Caller delegate = Caller.person("delegate." + acronym.toLowerCase(Locale.ROOT), EnumSet.of(Role.DELEGATE), networkId);
        return CallerContext.as(delegate, work);
    }
}
