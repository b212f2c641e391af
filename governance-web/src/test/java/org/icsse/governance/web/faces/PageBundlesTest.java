package org.icsse.governance.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the pages exists in English, French and Spanish. */
class PageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/icsse/governance/web/i18n");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile("messages\\.(?:text|info|error|warn)\\(\"([A-Za-z0-9_.]+)\"");
    private static final Pattern AUDIT_ACTION = Pattern.compile("record\\((?:[^,]+, )?\"([a-z]+\\.[A-Za-z]+)\", \"");
    private static final Pattern AUDIT_SUBJECT = Pattern.compile("record\\((?:[^,]+, )?\"[a-z]+\\.[A-Za-z]+\", \"([a-z]+)\"");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keysUsedIn(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<Object> english = bundle("").keySet();

        assertThat(bundle("_fr").keySet()).isEqualTo(english);
        assertThat(bundle("_es").keySet()).isEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void everyKeyThePagesAndBeansUseIsTranslated(String language) throws IOException {
        Properties bundle = bundle(language);
        Set<String> used = new TreeSet<>(keysUsedIn(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY));
        used.addAll(keysUsedIn(Path.of("src/main/java"), ".java", CODE_KEY));
        used.removeIf(key -> key.endsWith("."));

        assertThat(used).hasSizeGreaterThan(20);
        assertThat(used).allSatisfy(key -> assertThat(bundle).as("messages%s.properties", language).containsKey(key));
    }

    @Test
    void everyRoleAndChainBreakHasALabel() throws IOException {
        for (String suffix : new String[] {"", "_fr", "_es"}) {
            Properties bundle = bundle(suffix);
            for (org.icsse.governance.domain.account.Role role : org.icsse.governance.domain.account.Role.values()) {
                assertThat(bundle).containsKey("role." + role.name());
            }
            for (org.icsse.governance.domain.audit.AuditChain.Reason reason : org.icsse.governance.domain.audit.AuditChain.Reason.values()) {
                assertThat(bundle).containsKey("audit.reason." + reason.name());
            }
        }
    }

    @Test
    void everyActionTheAuditLogRecordsHasALabel() throws IOException {
        Set<String> actions = keysUsedIn(Path.of("../governance-core/src/main/java"), ".java", AUDIT_ACTION);

        assertThat(actions).contains("network.registered", "account.locked");
        for (String suffix : new String[] {"", "_fr", "_es"}) {
            Properties bundle = bundle(suffix);
            assertThat(actions).allSatisfy(action -> assertThat(bundle).containsKey("audit.action." + action));
        }
    }

    @Test
    void everyKindOfRecordTheAuditLogSpeaksOfHasALabel() throws IOException {
        Set<String> subjects = keysUsedIn(Path.of("../governance-core/src/main/java"), ".java", AUDIT_SUBJECT);

        assertThat(subjects).contains("network", "body", "account");
        for (String suffix : new String[] {"", "_fr", "_es"}) {
            Properties bundle = bundle(suffix);
            assertThat(subjects).allSatisfy(subject -> assertThat(bundle).containsKey("audit.subject." + subject));
        }
    }
}
