package id.go.merangin.sapo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service worker's list of the app's shell ({@code SHELL} in sw.js) against the files of the app: a script or
 * style missing from it would be missing when the phone opens the app with no signal, and a file listed that is not
 * there makes the worker's installation fail as a whole.
 */
class ServiceWorkerShellTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void keepsEveryScriptStyleAndIconTheAppLoads() throws IOException {
        List<String> shell = shell();
        try (Stream<Path> files = Stream.concat(Files.walk(WEBAPP.resolve("js")), Files.walk(WEBAPP.resolve("css")))) {
            assertThat(shell)
                    .containsAll(files.filter(Files::isRegularFile)
                            .map(file -> WEBAPP.relativize(file).toString().replace('\\', '/'))
                            .toList());
        }
        String style = Files.readString(WEBAPP.resolve("css/app.css"));
        Matcher url = Pattern.compile("url\\(\"\\.\\./([^\"]+)\"\\)").matcher(style);
        while (url.find()) {
            assertThat(shell).as("used by app.css").contains(url.group(1));
        }
    }

    @Test
    void listsOnlyFilesThatAreThere() throws IOException {
        for (String entry : shell()) {
            if (entry.equals("./") || entry.equals("settings.json") || entry.startsWith("webjars/")) {
                continue; // the page itself, the settings servlet and the library jars in WEB-INF/lib
            }
            assertThat(WEBAPP.resolve(entry)).as(entry).isRegularFile();
        }
    }

    private static List<String> shell() throws IOException {
        String worker = Files.readString(WEBAPP.resolve("sw.js"));
        Matcher list =
                Pattern.compile("const SHELL = \\[(.*?)];", Pattern.DOTALL).matcher(worker);
        assertThat(list.find()).as("sw.js has its SHELL list").isTrue();
        return Pattern.compile("'([^']+)'")
                .matcher(list.group(1))
                .results()
                .map(entry -> entry.group(1))
                .toList();
    }
}
