package org.icsse.governance.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The EAR the build makes holds the whole application, ready for a full Jakarta EE 10 server. */
class EarContentsIT {

    private static final Path EAR = Path.of(System.getProperty("governance.ear", "target/governance.ear"));
    private static final Path WAR = Path.of(System.getProperty("governance.war", "../governance-web/target/governance.war"));

    @Test
    void theEarHoldsTheWebModuleAndTheSharedLibraries() throws IOException {
        try (ZipFile ear = new ZipFile(EAR.toFile())) {
            List<String> names = Collections.list(ear.entries()).stream().map(ZipEntry::getName).toList();

            assertThat(names).contains("governance.war", "META-INF/application.xml");
            assertThat(names).anyMatch(n -> n.matches("lib/.*governance-core-.*\\.jar"));
            assertThat(names).anyMatch(n -> n.matches("lib/.*governance-batch-.*\\.jar"));
            assertThat(names).anyMatch(n -> n.matches("lib/.*flyway-core-.*\\.jar"));
            assertThat(names).anyMatch(n -> n.matches("lib/.*postgresql-.*\\.jar"));
        }
    }

    @Test
    void theApplicationXmlDeploysTheWebModuleAtGovernance() throws IOException {
        try (ZipFile ear = new ZipFile(EAR.toFile());
                InputStream in = ear.getInputStream(ear.getEntry("META-INF/application.xml"))) {
            String applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(applicationXml).contains("<web-uri>governance.war</web-uri>").contains("<context-root>/governance</context-root>");
        }
    }

    @Test
    void theWebModuleKeepsItsDescriptorsAndClassesButNotTheSharedJars() throws IOException {
        try (ZipFile ear = new ZipFile(EAR.toFile());
                ZipInputStream war = new ZipInputStream(ear.getInputStream(ear.getEntry("governance.war")))) {
            List<String> names = new java.util.ArrayList<>();
            for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                names.add(entry.getName());
            }

            assertThat(names).contains("WEB-INF/web.xml", "WEB-INF/beans.xml", "login.xhtml",
                    "WEB-INF/classes/org/icsse/governance/web/security/GovernanceAuthenticationMechanism.class");
            assertThat(names).noneMatch(n -> n.contains("governance-core"));
            assertThat(names).anyMatch(n -> n.matches("WEB-INF/lib/primefaces-.*\\.jar"));
        }
        assertThat(Files.size(EAR)).isGreaterThan(1_000_000L);
    }

    /**
     * The EAR runs the same library jars as the WAR on Micro, each once: those of the WAR's {@code WEB-INF/lib} are in
     * the EAR's {@code lib/} (named {@code <groupId>-<file>}) or left in the skinny WAR, and nothing else is there — no
     * second version of a library beside the WAR's (a version chosen by other dependencies than the WAR's).
     */
    @Test
    void theEarShipsExactlyTheLibrariesOfTheWarOnMicro() throws IOException {
        List<String> warLibraries;
        try (ZipFile war = new ZipFile(WAR.toFile())) {
            warLibraries = libraries(Collections.list(war.entries()).stream().map(ZipEntry::getName).toList(), "WEB-INF/lib/");
        }
        List<String> earLibraries = new java.util.ArrayList<>();
        try (ZipFile ear = new ZipFile(EAR.toFile());
                ZipInputStream skinnyWar = new ZipInputStream(ear.getInputStream(ear.getEntry("governance.war")))) {
            earLibraries.addAll(libraries(Collections.list(ear.entries()).stream().map(ZipEntry::getName).toList(), "lib/"));
            List<String> skinny = new java.util.ArrayList<>();
            for (ZipEntry entry = skinnyWar.getNextEntry(); entry != null; entry = skinnyWar.getNextEntry()) {
                skinny.add(entry.getName());
            }
            earLibraries.addAll(libraries(skinny, "WEB-INF/lib/"));
        }

        assertThat(warLibraries).isNotEmpty();
        List<String> unmatched = earLibraries.stream()
                .filter(jar -> warLibraries.stream().noneMatch(w -> jar.equals(w) || jar.endsWith("-" + w)))
                .toList();
        assertThat(unmatched).as("jars in the EAR that the WAR does not ship").isEmpty();
        assertThat(warLibraries).allSatisfy(w -> assertThat(earLibraries)
                .as("the EAR's copies of " + w).filteredOn(jar -> jar.equals(w) || jar.endsWith("-" + w)).hasSize(1));
        assertThat(earLibraries).hasSameSizeAs(warLibraries);
    }

    private static List<String> libraries(List<String> entries, String folder) {
        return entries.stream().filter(n -> n.startsWith(folder) && n.endsWith(".jar") && n.indexOf('/', folder.length()) < 0)
                .map(n -> n.substring(folder.length())).toList();
    }
}
