package id.go.merangin.sapo.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Profiles the server's CPU with async-profiler during one measured phase at a time (not during start-up, deployment
 * and warm-up, whose JIT work would drown the request path). The agent is loaded when the server starts (bench/run
 * does that; one loaded later makes the JVM discard its compiled code) and idles; at the phase's start it is told
 * through the attach API to sample, and at its end to write the phase's stacks, one line each with its count.
 */
final class ServerProfiler {

    private final long pid;
    private final String library;
    private final Path directory;

    ServerProfiler(long pid, String library, Path directory) {
        this.pid = pid;
        this.library = library;
        this.directory = directory;
    }

    void start() {
        command("start,event=itimer,interval=1ms");
    }

    /** Stops and writes {@code profile-<phase>.collapsed}. */
    Path stop(String phase) {
        Path file = directory.resolve("profile-" + phase.replaceAll("[^A-Za-z0-9-]+", "") + ".collapsed");
        command("stop,collapsed,file=" + file.toAbsolutePath());
        return file;
    }

    private void command(String options) {
        try {
            VirtualMachine server = VirtualMachine.attach(Long.toString(pid));
            try {
                server.loadAgentPath(library, options);
            } finally {
                server.detach();
            }
        } catch (IOException
                | com.sun.tools.attach.AttachNotSupportedException
                | com.sun.tools.attach.AgentLoadException
                | com.sun.tools.attach.AgentInitializationException e) {
            throw new IllegalStateException("async-profiler could not be attached to the server: " + e, e);
        }
    }
}
