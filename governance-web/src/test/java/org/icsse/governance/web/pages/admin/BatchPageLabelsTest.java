package org.icsse.governance.web.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;

import org.icsse.governance.application.archive.ProblemKind;
import org.icsse.governance.batch.schedule.ScheduledJob;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The job monitor and the archive pages translate names they get from the services: each has a label in every language. */
class BatchPageLabelsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/icsse/governance/web/i18n");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void everyJobAndEveryBatchStatusHasALabel(String language) throws IOException {
        Properties bundle = bundle(language);

        assertThat(Arrays.stream(ScheduledJob.values()).map(job -> "job.name." + job.jobName()))
                .allSatisfy(key -> assertThat(bundle).containsKey(key));
        assertThat(Arrays.stream(BatchStatus.values()).map(status -> "job.status." + status.name()))
                .allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void everyKindOfArchiveProblemHasAMessage(String language) throws IOException {
        Properties bundle = bundle(language);
        // NOT_RECORDED is the service's own kind: a package that is sound but not the one the database recorded
        List<String> kinds = Stream.concat(Arrays.stream(ProblemKind.values()).map(Enum::name), Stream.of("NOT_RECORDED")).toList();

        assertThat(kinds).allSatisfy(kind -> assertThat(bundle).containsKey("archive.problem." + kind));
    }
}
