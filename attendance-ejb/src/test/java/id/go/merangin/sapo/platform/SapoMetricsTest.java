package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.platform.SapoMetrics.CheckInOutcome;
import org.junit.jupiter.api.Test;

class SapoMetricsTest {

    @Test
    void aCheckInsOutcomeFollowsItsStatus() {
        assertThat(CheckInOutcome.ofStatus(201)).isEqualTo(CheckInOutcome.ACCEPTED);
        assertThat(CheckInOutcome.ofStatus(200)).isEqualTo(CheckInOutcome.REPEATED);
        assertThat(CheckInOutcome.ofStatus(400)).isEqualTo(CheckInOutcome.REFUSED);
        assertThat(CheckInOutcome.ofStatus(422)).isEqualTo(CheckInOutcome.REFUSED);
        assertThat(CheckInOutcome.ofStatus(503)).isEqualTo(CheckInOutcome.REFUSED);
        assertThat(CheckInOutcome.ofStatus(500)).isEqualTo(CheckInOutcome.FAILED);
        assertThat(CheckInOutcome.ofStatus(502)).isEqualTo(CheckInOutcome.FAILED);
    }
}
