package org.icsse.governance.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain's message bundle, in English, French and Spanish. */
class DomainMessagesTest {

    private static final String BUNDLE = "org/icsse/governance/domain/messages";
    private static final List<String> LANGUAGES = List.of("", "_fr", "_es");

    @Test
    void theThreeLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = load("").stringPropertyNames();

        assertThat(english).isNotEmpty();
        assertThat(load("_fr").stringPropertyNames()).as("French keys").containsExactlyInAnyOrderElementsOf(english);
        assertThat(load("_es").stringPropertyNames()).as("Spanish keys").containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void everyBundleIsValidUtf8(String suffix) throws IOException {
        try (InputStream in = resource(suffix)) {
            byte[] bytes = in.readAllBytes();
            assertThatCode(() -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)))
                    .as("messages%s.properties in UTF-8", suffix)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void everyPatternFormatsWithTheSameArgumentsInEveryLanguage() throws IOException {
        Properties english = load("");
        for (String suffix : LANGUAGES) {
            Properties bundle = load(suffix);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                int englishArguments = argumentCount(english.getProperty(key));
                Object[] arguments = new Object[Math.max(englishArguments, 2)];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = "ARG" + i;
                }

                String formatted = new MessageFormat(pattern, Locale.ROOT).format(arguments);

                assertThat(argumentCount(pattern)).as("arguments of %s%s", key, suffix).isEqualTo(englishArguments);
                assertThat(formatted).as("%s%s formatted", key, suffix).doesNotContain("{", "}").isNotBlank();
                for (int i = 0; i < englishArguments; i++) {
                    assertThat(formatted).as("%s%s shows argument %d", key, suffix, i).contains("ARG" + i);
                }
            }
        }
    }

    @Test
    void everyMessageKeyTheCodeUsesIsInTheBundle() throws IOException {
        Set<String> used = keysUsedInMainSources();
        Set<String> english = load("").stringPropertyNames();

        // the scan must have found the keys; otherwise the test proves nothing
        assertThat(used).contains("value.required", "transition.illegal", "csv.tooLarge", "acronym.taken", "access.denied",
                "login.locked", "values.invalid", "notFound", "authentication.required");
        assertThat(english).containsAll(used);
    }

    @Test
    void theEnglishMessageIsTheExceptionMessage() {
        IllegalTransitionException e = new IllegalTransitionException(Thread.State.NEW, Thread.State.RUNNABLE);

        assertThat(e.getMessage()).isEqualTo("The status cannot change from NEW to RUNNABLE.");
        assertThat(e.messageKey()).isEqualTo("transition.illegal");
        assertThat(e.arguments()).containsExactly("NEW", "RUNNABLE");
        assertThat(e.field()).isEqualTo("status");
    }

    @Test
    void aLocalizedMessageIsInTheReadersLanguage() {
        NotFoundException e = new NotFoundException("network", 42);

        assertThat(e.localizedMessage(Locale.FRENCH)).isEqualTo("Aucun(e) network n'a l'identifiant 42.");
        assertThat(e.localizedMessage(Locale.forLanguageTag("es"))).isEqualTo("No existe ningún/ninguna network con el identificador 42.");
        assertThat(e.localizedMessage(Locale.CANADA_FRENCH)).isEqualTo("Aucun(e) network n'a l'identifiant 42.");
        assertThat(e.localizedMessage(Locale.ENGLISH)).isEqualTo("There is no network with id 42.");
    }

    @Test
    void accentsSurviveTheBundle() {
        IllegalTransitionException e = new IllegalTransitionException(Thread.State.NEW, Thread.State.RUNNABLE);

        assertThat(e.localizedMessage(Locale.FRENCH)).isEqualTo("Le statut ne peut pas passer de NEW à RUNNABLE.");
    }

    @Test
    void aLanguageWithoutTranslationGetsEnglishWhateverTheServersLanguage() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            NotAuthenticatedException e = new NotAuthenticatedException();

            assertThat(e.localizedMessage(Locale.GERMAN)).isEqualTo("You must sign in first.");
            assertThat(e.getMessage()).as("the English message, for the API and the logs").isEqualTo("You must sign in first.");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void anUnknownKeyShowsTheKeyAndItsArguments() {
        AccessDeniedException e = new AccessDeniedException("no.such.key", "x", 3);

        assertThat(e.getMessage()).isEqualTo("no.such.key [x, 3]");
        assertThat(new AccessDeniedException("no.such.key").getMessage()).isEqualTo("no.such.key");
    }

    @Test
    void theArgumentsCannotBeChangedFromOutside() {
        Object[] arguments = {"a", "b"};
        ConflictException e = new ConflictException("acronym", "acronym.taken", arguments);
        arguments[0] = "changed";
        e.arguments()[1] = "changed";

        assertThat(e.arguments()).containsExactly("a", "b");
    }

    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    private static InputStream resource(String suffix) {
        InputStream in = DomainMessagesTest.class.getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties");
        assertThat(in).as("messages%s.properties on the class path", suffix).isNotNull();
        return in;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource(suffix), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * The message keys written as literals where the code builds a {@link DomainException}: the second
     * argument of {@code new InvalidValueException(field, key, ...)}, the first of an access or
     * authentication refusal, and for a conflict or a {@code super(...)} in an exception the second
     * literal when a field comes first, otherwise the first.
     */
    private static Set<String> keysUsedInMainSources() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).as("run from the module's directory").isDirectory();
        Pattern call = Pattern.compile("(new (InvalidValueException|ConflictException|AccessDeniedException"
                + "|AuthenticationFailedException)|super)\\(");
        Set<String> keys = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean exceptionClass = file.getFileName().toString().endsWith("Exception.java");
            Matcher m = call.matcher(text);
            while (m.find()) {
                String kind = m.group(1);
                if (kind.equals("super") && !exceptionClass) {
                    continue;
                }
                List<String> arguments = firstTwoArguments(text, m.end());
                String first = arguments.size() > 0 ? arguments.get(0) : null;
                String second = arguments.size() > 1 ? arguments.get(1) : null;
                String key = switch (kind) {
                    case "new InvalidValueException" -> second;
                    case "new AccessDeniedException", "new AuthenticationFailedException" -> first;
                    default -> first != null && second != null ? second : first;
                };
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        keys.add("notFound"); // NotFoundException's key; its first literal is the kind of thing
        return keys;
    }

    /** The first two arguments of a call: the text of a string literal, {@code null} for anything else. */
    private static List<String> firstTwoArguments(String text, int from) {
        Pattern argument = Pattern.compile("\\s*(?:\"([^\"\\\\]*)\"|[^,)]*)\\s*([,)])");
        List<String> arguments = new ArrayList<>();
        Matcher m = argument.matcher(text);
        int at = from;
        while (arguments.size() < 2 && m.find(at) && m.start() == at) {
            arguments.add(m.group(1));
            if (")".equals(m.group(2))) {
                break;
            }
            at = m.end();
        }
        return arguments;
    }
}
