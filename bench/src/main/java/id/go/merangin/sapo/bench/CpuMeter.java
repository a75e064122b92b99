package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of WildFly (one server, or the nodes of a cluster together), of PostgreSQL (the postmaster, its live backends, and through the postmaster's children
 * counters every backend that ended) and of this load generator, read from {@code /proc}. A difference of two
 * readings over the wall time between them is the average load, in percent of one core. WildFly's JIT compiler
 * threads are also counted apart, to tell when the server is warm.
 */
public final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100;

    private final List<Long> wildflyPids;
    private final long postmasterPid;
    private final long selfPid = ProcessHandle.current().pid();

    public CpuMeter(List<Long> wildflyPids, long postmasterPid) {
        this.wildflyPids = List.copyOf(wildflyPids);
        this.postmasterPid = postmasterPid;
    }

    /** CPU ticks used so far by each party, and the machine's busy and total ticks. */
    public Reading read() {
        long[] machine = machineTicks();
        return new Reading(
                System.nanoTime(),
                wildflyPids.stream()
                        .filter(pid -> pid > 0)
                        .mapToLong(CpuMeter::ownTicks)
                        .sum(),
                wildflyPids.stream()
                        .filter(pid -> pid > 0)
                        .mapToLong(CpuMeter::compilerTicks)
                        .sum(),
                postgresTicks(),
                ownTicks(selfPid),
                machine[0],
                machine[1]);
    }

    /** The CPU of the process's JIT compiler threads (HotSpot names them "C1 CompilerThreadN", "C2 ..."). */
    private static long compilerTicks(long pid) {
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads) {
                String[] stat = stat(Path.of(thread.toString(), "stat"));
                if (stat != null && stat[1].matches("\\(C[12]_CompilerThre.*")) {
                    ticks += field(stat, 14) + field(stat, 15);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private long postgresTicks() {
        if (postmasterPid <= 0) {
            return 0;
        }
        String[] postmaster = stat(postmasterPid);
        if (postmaster == null) {
            return 0;
        }
        long ticks = field(postmaster, 14) + field(postmaster, 15) + field(postmaster, 16) + field(postmaster, 17);
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String[] stat = stat(Long.parseLong(process.getFileName().toString()));
                if (stat != null && field(stat, 4) == postmasterPid) {
                    ticks += field(stat, 14) + field(stat, 15);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ticks;
    }

    private static long ownTicks(long pid) {
        String[] stat = stat(pid);
        return stat == null ? 0 : field(stat, 14) + field(stat, 15);
    }

    private static String[] stat(long pid) {
        return stat(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** Fields of a stat file numbered as in proc(5); the command name in field 2 with its spaces as '_'. */
    private static String[] stat(Path file) {
        try {
            String line = Files.readString(file);
            String name =
                    line.substring(line.indexOf('('), line.lastIndexOf(')') + 1).replace(' ', '_');
            String afterName = line.substring(line.lastIndexOf(')') + 2);
            return ("pid " + name + " " + afterName).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long field(String[] stat, int number) {
        return Long.parseLong(stat[number - 1]);
    }

    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {total - idle, total};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One reading of the counters. */
    public record Reading(
            long nanos,
            long wildfly,
            long wildflyJit,
            long postgres,
            long generator,
            long machineBusy,
            long machineTotal) {

        /** These counters as if read at {@code when}: for counters that are only complete a little later. */
        public Reading asOf(long when) {
            return new Reading(when, wildfly, wildflyJit, postgres, generator, machineBusy, machineTotal);
        }

        /** Average load between {@code earlier} and this reading. */
        public Load since(Reading earlier) {
            double seconds = (nanos - earlier.nanos) / 1e9;
            double busy = machineTotal == earlier.machineTotal
                    ? 0
                    : 100.0 * (machineBusy - earlier.machineBusy) / (machineTotal - earlier.machineTotal);
            return new Load(
                    percent(wildfly - earlier.wildfly, seconds),
                    percent(wildflyJit - earlier.wildflyJit, seconds),
                    percent(postgres - earlier.postgres, seconds),
                    percent(generator - earlier.generator, seconds),
                    busy);
        }

        private static double percent(long ticks, double seconds) {
            return seconds <= 0 ? 0 : 100.0 * ticks / TICKS_PER_SECOND / seconds;
        }
    }

    /**
     * Average CPU in percent of one core (200 % is the whole of a 2-core machine); {@code machinePercent} is the
     * whole machine's busy share, 0–100 %; {@code wildflyJit} is the part of WildFly's that its JIT compilers took.
     */
    public record Load(double wildfly, double wildflyJit, double postgres, double generator, double machinePercent) {}
}
