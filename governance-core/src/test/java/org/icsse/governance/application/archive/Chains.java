package org.icsse.governance.application.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Packages as the archiving job would write them, for the tests. */
final class Chains {

    static final Instant SEALED_AT = Instant.parse("2026-11-30T18:00:00Z");

    private Chains() {
    }

    /** The files of a meeting: minutes, records and a roll call; the minutes are incompressible, like a real PDF. */
    static List<ArchiveFile> meetingFiles(long meetingId) {
        byte[] minutes = new byte[4096];
        new Random(meetingId).nextBytes(minutes);
        return List.of(
                new ArchiveFile("minutes.pdf", minutes),
                new ArchiveFile("records/agenda.json", ("{\"meeting\":" + meetingId + ",\"items\":[\"Opening\",\"Budget\"]}").getBytes(UTF_8)),
                new ArchiveFile("records/ballots.json", ("{\"meeting\":" + meetingId + ",\"ballots\":[{\"for\":12,\"against\":3}]}").getBytes(UTF_8)),
                new ArchiveFile("votes/roll-call.csv", "network,choice\nRIPESS,FOR\nCIRIEC,AGAINST\n".getBytes(UTF_8)));
    }

    /** A chain of {@code length} packages, for meetings 11, 12, 13…, in {@code directory}. */
    static List<ArchivePackages.SealedPackage> write(Path directory, int length) throws IOException {
        List<ArchivePackages.SealedPackage> chain = new ArrayList<>();
        ChainLink link = ChainLink.FIRST;
        for (int sequence = 1; sequence <= length; sequence++) {
            long meetingId = 10 + sequence;
            ArchivePackages.SealedPackage sealed = ArchivePackages.write(directory, sequence, meetingId,
                    "General Assembly " + sequence, SEALED_AT.plusSeconds(86_400L * sequence), meetingFiles(meetingId), link);
            chain.add(sealed);
            link = sealed.linkForNext();
        }
        return chain;
    }
}
