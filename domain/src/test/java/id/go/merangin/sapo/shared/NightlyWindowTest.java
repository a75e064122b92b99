package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NightlyWindowTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void aJobFiredInTheNightRunsForThatDate() {
        assertThat(NightlyWindow.nightOf(Instant.parse("2026-03-02T18:00:00Z"), WIB))
                .contains(LocalDate.of(2026, 3, 3));
        assertThat(NightlyWindow.nightOf(Instant.parse("2026-03-02T17:00:00Z"), WIB))
                .contains(LocalDate.of(2026, 3, 3));
    }

    @Test
    void theNightEndsAtSixInTheRegencysZone() {
        assertThat(NightlyWindow.nightOf(Instant.parse("2026-03-02T22:59:59Z"), WIB))
                .contains(LocalDate.of(2026, 3, 3));
        assertThat(NightlyWindow.nightOf(Instant.parse("2026-03-02T23:00:00Z"), WIB))
                .isEmpty();
    }

    @Test
    void aRunCaughtUpInTheMorningDoesNothing() {
        assertThat(NightlyWindow.nightOf(Instant.parse("2026-03-03T01:00:00Z"), WIB))
                .isEmpty();
    }
}
