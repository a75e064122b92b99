package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingsTest {

    private static final LocalDate FEBRUARY_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate FEBRUARY_28 = LocalDate.of(2026, 2, 28);

    /** At DINKES until 15 February, at DISKOMINFO since the 16th. */
    private static final Postings<String> MOVED_ON_THE_16TH =
            new Postings<>(List.of(new Postings.Past<>("DINKES", LocalDate.of(2026, 2, 15))), "DISKOMINFO");

    @Test
    void givesTheDaysBeforeATransferToTheOldOpdAndTheDayItTakesEffectToTheNewOne() {
        assertThat(MOVED_ON_THE_16TH.opdOn(LocalDate.of(2026, 2, 15))).isEqualTo("DINKES");
        assertThat(MOVED_ON_THE_16TH.opdOn(LocalDate.of(2026, 2, 16))).isEqualTo("DISKOMINFO");
        assertThat(MOVED_ON_THE_16TH.opdOn(LocalDate.of(2020, 1, 1))).isEqualTo("DINKES");
        assertThat(MOVED_ON_THE_16TH.within(FEBRUARY_1, FEBRUARY_28))
                .containsExactly(
                        new Postings.Span<>("DINKES", FEBRUARY_1, LocalDate.of(2026, 2, 15)),
                        new Postings.Span<>("DISKOMINFO", LocalDate.of(2026, 2, 16), FEBRUARY_28));
    }

    @Test
    void givesAMonthWhollyBeforeOrAfterTheTransferToOneOpd() {
        assertThat(MOVED_ON_THE_16TH.within(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .containsExactly(new Postings.Span<>("DINKES", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(MOVED_ON_THE_16TH.within(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(
                        new Postings.Span<>("DISKOMINFO", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(Postings.only("BKPSDMD").within(FEBRUARY_1, FEBRUARY_28))
                .containsExactly(new Postings.Span<>("BKPSDMD", FEBRUARY_1, FEBRUARY_28));
        assertThat(MOVED_ON_THE_16TH.within(FEBRUARY_28, FEBRUARY_1)).isEmpty();
    }

    @Test
    void followsTwoTransfersInOneMonthInDateOrderWhateverOrderTheyCameIn() {
        Postings<String> twice = new Postings<>(
                List.of(
                        new Postings.Past<>("RSUD", LocalDate.of(2026, 2, 20)),
                        new Postings.Past<>("DINKES", LocalDate.of(2026, 2, 9))),
                "DISKOMINFO");

        assertThat(twice.within(FEBRUARY_1, FEBRUARY_28))
                .containsExactly(
                        new Postings.Span<>("DINKES", FEBRUARY_1, LocalDate.of(2026, 2, 9)),
                        new Postings.Span<>("RSUD", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20)),
                        new Postings.Span<>("DISKOMINFO", LocalDate.of(2026, 2, 21), FEBRUARY_28));
    }

    @Test
    void recordsATransferOnlyOnceItHasTakenEffectAndAfterTheCurrentPostingBegan() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThatCode(() -> MOVED_ON_THE_16TH.requireTransferableOn(today, today))
                .doesNotThrowAnyException();
        assertThatCode(() -> MOVED_ON_THE_16TH.requireTransferableOn(LocalDate.of(2026, 2, 17), today))
                .doesNotThrowAnyException();
        assertRefused(() -> MOVED_ON_THE_16TH.requireTransferableOn(today.plusDays(1), today));
        assertRefused(() -> MOVED_ON_THE_16TH.requireTransferableOn(LocalDate.of(2026, 2, 16), today));
        assertRefused(() -> MOVED_ON_THE_16TH.requireTransferableOn(LocalDate.of(2026, 2, 1), today));
        assertThatCode(() -> Postings.only("DINKES").requireTransferableOn(LocalDate.of(2026, 1, 1), today))
                .doesNotThrowAnyException();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_TRANSFER));
    }
}
