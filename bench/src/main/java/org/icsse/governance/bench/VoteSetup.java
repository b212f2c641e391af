package org.icsse.governance.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The world of benchmark 1: 2,000 member networks in one body, one delegate each with a token (seeded in SQL),
 * and two open named ballots opened by the chair through the API: one to warm up on (remote), one measured. The
 * measured one is remote too, or — when benchmark 3 observes the chair console — a ballot of a sitting: a
 * meeting of the body planned by the secretariat with the motion on its agenda, opened by the chair and on that
 * item, so that each vote is pushed to the console ({@code meetingId} is then that meeting's id, else null).
 */
record VoteSetup(String bodyId, List<Db.Delegate> delegates, String warmUpBallot, String ballot, String meetingId) {

    static final int NETWORKS = 2_000;
    static final long FIRST_NETWORK = 10_000_000L;

    static VoteSetup create(Db db, Api api, Bench.Staff staff, boolean inSitting) throws Exception {
        db.networks(FIRST_NETWORK, NETWORKS, "V");
        List<Db.Delegate> delegates = db.delegates(FIRST_NETWORK, NETWORKS);
        String ids = delegates.stream().map(d -> "\"" + d.networkId() + "\"").collect(Collectors.joining(","));
        String bodyId = api.call("POST", "bodies", staff.secretariat(), "{\"name\":\"Voting benchmark assembly\","
                + "\"code\":\"VOTE\",\"networkIds\":[" + ids + "],\"quorum\":{\"networksPercent\":50,\"weightPercent\":0},"
                + "\"majority\":\"SIMPLE\",\"secondsRequired\":0,\"proxyCap\":1}", 201).getString("id");
        String warmUp = openBallot(api, staff, admitted(api, staff, bodyId, "Warm-up"), true);
        String motion = admitted(api, staff, bodyId, "Measured");
        String meetingId = null;
        if (inSitting) {
            LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
            meetingId = api.call("POST", "meetings", staff.secretariat(), "{\"bodyId\":\"" + bodyId + "\",\"title\":"
                    + "\"Voting benchmark sitting\",\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(4)
                    + "\",\"timeZone\":\"UTC\",\"venue\":\"Bench hall\"}", 201).getString("id");
            String itemId = api.call("POST", "meetings/" + meetingId + "/agenda", staff.secretariat(), "{\"motionId\":\""
                    + motion + "\",\"minutes\":30}", 201).getJsonArray("agenda").getJsonObject(0).getString("id");
            api.call("POST", "meetings/" + meetingId + "/opening", staff.chair(), null, 200);
            api.call("POST", "meetings/" + meetingId + "/current-item", staff.chair(), "{\"itemId\":\"" + itemId + "\"}", 200);
        }
        return new VoteSetup(bodyId, delegates, warmUp, openBallot(api, staff, motion, !inSitting), meetingId);
    }

    private static String admitted(Api api, Bench.Staff staff, String bodyId, String title) {
        String motionId = api.call("POST", "motions", staff.secretariat(), "{\"bodyId\":\"" + bodyId + "\",\"title\":\""
                + title + " motion\",\"text\":\"The assembly votes as fast as it can.\",\"language\":\"EN\","
                + "\"proposerNetworkId\":\"" + FIRST_NETWORK + "\"}", 201).getString("id");
        api.call("POST", "motions/" + motionId + "/admission", staff.chair(), null, 200);
        return motionId;
    }

    /** A named ballot on the motion: remote (closing in a day), or in the sitting now on it. */
    private static String openBallot(Api api, Bench.Staff staff, String motionId, boolean remote) {
        String closesAt = remote ? ",\"closesAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                + "\"" : "";
        return api.call("POST", "ballots", staff.chair(), "{\"motionId\":\"" + motionId + "\",\"secret\":false" + closesAt
                + "}", 201).getString("id");
    }
}
