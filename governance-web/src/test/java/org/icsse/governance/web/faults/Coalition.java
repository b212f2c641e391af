package org.icsse.governance.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import groovy.json.JsonOutput;
/**
 * A body of the test's own, built through the REST API as any client would: {@code size} member networks (weights
 * 1, 2, 3 in turn) imported as one CSV file, a delegate of each signed in, and remote ballots opened by the chair on
 * motions that the secretariat proposed and the chair admitted (no seconds required), named and secret in turn.
 */
final class Coalition {

    static final String DELEGATE_PASSWORD = "fault-delegate-2026";
    static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    final String secretariat;
    final String chair;
    final String bodyId;
    /** The networks' ids, in order, with their weights and their delegates' tokens. */
    final List<String> networks = new ArrayList<>();
    final Map<String, Integer> weights = new LinkedHashMap<>();
    final Map<String, String> delegates = new LinkedHashMap<>();
    /** The ballots' ids and whether each is secret. */
    final Map<String, Boolean> ballots = new LinkedHashMap<>();

    private final Client client;

    private Coalition(Client client, String secretariat, String chair, String bodyId) {
        this.client = client;
        this.secretariat = secretariat;
        this.chair = chair;
        this.bodyId = bodyId;
    }

    /** Builds the body, its networks and delegates (signing in four at a time) and {@code ballotCount} open ballots. */
    static Coalition build(Client client, int size, int ballotCount) throws Exception {
        String secretariat = token(client, "secretariat", MicroProcess.DEMO_PASSWORD);
        String chair = token(client, "chair", MicroProcess.DEMO_PASSWORD);
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        StringBuilder csv = new StringBuilder("name,acronym,region,category,weight\n");
        for (int n = 0; n < size; n++) {
            csv.append("Fault network ").append(n).append(",F").append(n).append('X').append(tag, 0, Math.min(6, tag.length()))
                    .append(",EUROPE,MEMBER_BASED,").append(n % 3 + 1).append('\n');
        }
        Client.Reply imported = client.call("POST", "networks/import", secretariat, "text/csv", csv.toString(), null);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        List<String> ids = imported.json().getList("networks.id", String.class);
        List<Integer> weights = imported.json().getList("networks.weight", Integer.class);

        String code = ("F" + tag + "AAAAAAA").substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Fault assembly " + code);
        body.put("code", code);
        body.put("networkIds", ids);
        body.put("quorum", Map.of("networksPercent", 0, "weightPercent", 0));
        body.put("majority", "SIMPLE");
        body.put("secondsRequired", 0);
        body.put("proxyCap", 1);
        Client.Reply created = client.json("POST", "bodies", secretariat, JsonOutput.toJson(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Coalition coalition = new Coalition(client, secretariat, chair, created.json().getString("id"));
        for (int n = 0; n < ids.size(); n++) {
            coalition.networks.add(ids.get(n));
            coalition.weights.put(ids.get(n), weights.get(n));
        }
        coalition.signInDelegates(tag.toLowerCase());
        for (int b = 0; b < ballotCount; b++) {
            coalition.ballots.put(coalition.openBallot("Question " + (b + 1), b % 2 == 1), b % 2 == 1);
        }
        return coalition;
    }

    /** The choice the tests cast for a network in a ballot: spread over the three, different from ballot to ballot. */
    static String choiceFor(int ballotIndex, int networkIndex) {
        return CHOICES.get((ballotIndex * 7 + networkIndex) % 3);
    }

    private void signInDelegates(String tag) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (String network : networks) {
                tokens.add(pool.submit(() -> delegate(network, "fault.d" + network + "." + tag)));
            }
            for (int n = 0; n < networks.size(); n++) {
                delegates.put(networks.get(n), tokens.get(n).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String delegate(String network, String username) throws IOException {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("password", DELEGATE_PASSWORD);
        user.put("displayName", "Delegate of " + network);
        user.put("email", username + "@example.org");
        user.put("language", "EN");
        user.put("roles", List.of("DELEGATE"));
        user.put("networkId", network);
        Client.Reply created = client.json("POST", "users", secretariat, JsonOutput.toJson(user));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return token(client, username, DELEGATE_PASSWORD);
    }

    private String openBallot(String title, boolean secret) throws IOException {
        Map<String, Object> motion = new LinkedHashMap<>();
        motion.put("bodyId", bodyId);
        motion.put("title", title);
        motion.put("text", "The assembly resolves to keep every vote it acknowledged.");
        motion.put("rationale", "A fault test.");
        motion.put("language", "EN");
        motion.put("proposerNetworkId", networks.get(0));
        Client.Reply proposed = client.json("POST", "motions", secretariat, JsonOutput.toJson(motion));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String motionId = proposed.json().getString("id");
        Client.Reply admitted = client.json("POST", "motions/" + motionId + "/admission", chair, null);
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        Map<String, Object> ballot = new LinkedHashMap<>();
        ballot.put("motionId", motionId);
        ballot.put("secret", secret);
        ballot.put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        Client.Reply opened = client.json("POST", "ballots", chair, JsonOutput.toJson(ballot));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().getInt("electorate.networks")).isEqualTo(networks.size());
        return opened.json().getString("id");
    }

    /** {@code PUT /ballots/{ballot}/votes/{network}} by the network's delegate. */
    Client.Reply cast(Client through, String ballot, String network, String choice, String language) throws IOException {
        return through.call("PUT", "ballots/" + ballot + "/votes/" + network, delegates.get(network), "application/json",
                JsonOutput.toJson(Map.of("choice", choice)), language);
    }

    static String token(Client client, String username, String password) throws IOException {
        Client.Reply reply = client.json("POST", "tokens", null, JsonOutput.toJson(Map.of("username", username, "password", password)));
        assertThat(reply.status()).as("token of " + username + ": " + reply.body()).isEqualTo(201);
        return reply.json().getString("token");
    }
}
