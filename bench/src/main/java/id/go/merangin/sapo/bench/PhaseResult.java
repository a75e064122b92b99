package id.go.merangin.sapo.bench;

/**
 * One phase's outcome for the report.
 *
 * @param name what the phase was
 * @param offeredRate arrivals per second asked for (0 for the closed loop)
 * @param asn ASN that checked in (each once, plus the retries)
 * @param recorder the answers
 * @param check the count check after it
 * @param load CPU during it
 */
public record PhaseResult(
        String name, double offeredRate, int asn, PhaseRecorder recorder, EventLedger.Check check, CpuMeter.Load load) {

    /** Accepted check-ins per second over the phase. */
    public double acceptedPerSecond() {
        long accepted = recorder.kinds().getOrDefault(PhaseRecorder.ACCEPTED, 0L);
        return accepted / recorder.elapsedSeconds();
    }

    /** Answers other than acceptance. */
    public long errors() {
        return recorder.kinds().entrySet().stream()
                .filter(kind -> !kind.getKey().equals(PhaseRecorder.ACCEPTED))
                .mapToLong(kind -> kind.getValue())
                .sum();
    }
}
