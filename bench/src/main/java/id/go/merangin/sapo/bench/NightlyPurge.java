package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires SAPO's own nightly selfie purge ({@code PhotoRetention}'s 02:15 timer) now, through WildFly's management
 * operation {@code trigger} on that timer, so that the data-growth run measures what the application really does
 * rather than a copy of its statement.
 */
final class NightlyPurge {

    private static final String TIMER_SERVICE = "/deployment=sapo.ear/subdeployment=attendance-ejb.jar"
            + "/subsystem=ejb3/singleton-bean=PhotoRetention/service=timer-service";
    private static final Pattern TIMER_ID = Pattern.compile("\"([0-9a-fA-F-]{36})\"");

    private final String jbossCli;
    private final String controller;

    /** Through {@code jbossCli} (WildFly's bin/jboss-cli.sh) at the server's management {@code controller}. */
    NightlyPurge(String jbossCli, String controller) {
        this.jbossCli = jbossCli;
        this.controller = controller;
    }

    /** The id of the purge's timer, read through the management (which takes as long as starting jboss-cli). */
    String timer() throws IOException, InterruptedException {
        Matcher timer = TIMER_ID.matcher(cli(TIMER_SERVICE + ":read-children-names(child-type=timer)"));
        if (!timer.find()) {
            throw new IllegalStateException("PhotoRetention has no timer in " + TIMER_SERVICE);
        }
        return timer.group(1);
    }

    /** Runs the purge of {@code timer} now; WildFly answers once it has committed. */
    void trigger(String timer) throws IOException, InterruptedException {
        cli(TIMER_SERVICE + "/timer=" + timer + ":trigger");
    }

    private String cli(String operation) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                        jbossCli, "--connect", "--controller=" + controller, "--output-json", "--command=" + operation))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains("\"success\"")) {
            throw new IllegalStateException("jboss-cli " + operation + " failed: " + output);
        }
        return output;
    }
}
