package id.go.merangin.sapo.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.shared.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue of problems is whole: every {@link ProblemCode} has its message in Indonesian and in English (in
 * each bundle's own keys, not inherited from the base bundle), every message belongs to a code, every status a
 * fixed title, and the OpenAPI document names every code with its status.
 */
class ProblemCatalogueTest {

    private static final String BUNDLES = "/id/go/merangin/sapo/shared/";

    @ParameterizedTest
    @ValueSource(strings = {"problems_id.properties", "problems_en.properties", "problems.properties"})
    void everyCodeHasItsOwnMessageAndEveryMessageItsCode(String bundle) throws IOException {
        Properties messages = load(BUNDLES + bundle);
        Set<String> codes = names();
        Set<String> titles =
                statuses().stream().map(status -> "title." + status).collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing(codes, messages))
                .as("codes without a message in " + bundle)
                .isEmpty();
        assertThat(missing(titles, messages))
                .as("statuses without a title in " + bundle)
                .isEmpty();
        Set<String> strays = new TreeSet<>(messages.stringPropertyNames());
        strays.removeAll(codes);
        strays.removeAll(titles);
        assertThat(strays).as("messages in " + bundle + " that no code has").isEmpty();
        messages.forEach((key, text) ->
                assertThat(text.toString()).as(key + " in " + bundle).isNotBlank());
    }

    @Test
    void theOpenApiDocumentNamesEveryCodeWithItsStatus() throws IOException {
        List<String> document;
        try (InputStream in = ProblemCatalogueTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertThat(in).as("META-INF/openapi.yaml").isNotNull();
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .toList();
        }

        for (ProblemCode code : ProblemCode.values()) {
            assertThat(document).as("the code list of the OpenAPI document").contains("- " + code.name());
            assertThat(document)
                    .as("the status of " + code + " in the OpenAPI document")
                    .contains(code.name() + ": " + code.status());
        }
        assertThat(document.stream().filter(line -> line.matches("- [A-Z][A-Z0-9_]+")))
                .as("codes in the OpenAPI document that the catalogue lacks")
                .allSatisfy(line -> assertThat(names()).contains(line.substring(2)));
    }

    @Test
    void theApiDocumentsCodesWithTheCataloguesStatus() throws IOException {
        // the table under "## Problem codes" in docs/api.md: | status | `CODE`, `CODE` | when |
        List<String> rows = Files.readAllLines(Path.of("../docs/api.md")).stream()
                .dropWhile(line -> !line.equals("## Problem codes"))
                .filter(line -> line.matches("\\| \\d{3} \\|.*"))
                .toList();

        assertThat(rows).as("the problem code table of docs/api.md").hasSizeGreaterThan(30);
        for (String row : rows) {
            String[] cells = row.split("\\|");
            int status = Integer.parseInt(cells[1].strip());
            Matcher code = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(cells[2]);
            assertThat(code.find()).as("a code in " + row).isTrue();
            do {
                assertThat(names()).as("docs/api.md names " + code.group(1)).contains(code.group(1));
                assertThat(ProblemCode.valueOf(code.group(1)).status())
                        .as("the status docs/api.md gives " + code.group(1))
                        .isEqualTo(status);
            } while (code.find());
        }
    }

    private static Set<String> missing(Set<String> keys, Properties messages) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(messages.stringPropertyNames());
        return missing;
    }

    private static Set<String> names() {
        return Arrays.stream(ProblemCode.values())
                .map(ProblemCode::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One bundle's own keys, read as the file says: no parent bundle to fill the gaps. */
    private static Properties load(String resource) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ProblemCatalogueTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    private static Set<Integer> statuses() {
        return Arrays.stream(ProblemCode.values())
                .map(ProblemCode::status)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
