package org.icsse.governance.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The world of benchmark 1: 2,000 member networks in one body, one delegate each with a token (seeded in SQL),
 * and two open named remote ballots opened by the chair through the API: one to warm up on, one measured.
 */
record VoteSetup(String bodyId, List<Db.Delegate> delegates, String warmUpBallot, String ballot) {

    static final int NETWORKS = 2_000;
    static final long FIRST_NETWORK = 10_000_000L;

    static VoteSetup create(Db db, Api api, Bench.Staff staff) throws Exception {
        db.networks(FIRST_NETWORK, NETWORKS, "V");
        List<Db.Delegate> delegates = db.delegates(FIRST_NETWORK, NETWORKS);
        String ids = delegates.stream().map(d -> "\"" + d.networkId() + "\"").collect(Collectors.joining(","));
        String bodyId = api.call("POST", "bodies", staff.secretariat(), "{\"name\":\"Voting benchmark assembly\","
                + "\"code\":\"VOTE\",\"networkIds\":[" + ids + "],\"quorum\":{\"networksPercent\":50,\"weightPercent\":0},"
                + "\"majority\":\"SIMPLE\",\"secondsRequired\":0,\"proxyCap\":1}", 201).getString("id");
        return new VoteSetup(bodyId, delegates, openBallot(api, staff, bodyId, "Warm-up"),
                openBallot(api, staff, bodyId, "Measured"));
    }

    private static String openBallot(Api api, Bench.Staff staff, String bodyId, String title) {
        String motionId = api.call("POST", "motions", staff.secretariat(), "{\"bodyId\":\"" + bodyId + "\",\"title\":\""
                + title + " motion\",\"text\":\"The assembly votes as fast as it can.\",\"language\":\"EN\","
                + "\"proposerNetworkId\":\"" + FIRST_NETWORK + "\"}", 201).getString("id");
        api.call("POST", "motions/" + motionId + "/admission", staff.chair(), null, 200);
        String closesAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return api.call("POST", "ballots", staff.chair(), "{\"motionId\":\"" + motionId + "\",\"secret\":false,"
                + "\"closesAt\":\"" + closesAt + "\"}", 201).getString("id");
    }
}
