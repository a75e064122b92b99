package id.go.merangin.sapo.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeductionRulesTest {

    private static final DeductionRules APRIL_2026 = new DeductionRules("Perbup 7/2026", LocalDate.of(2026, 4, 1),
            DeductionRules.DEFAULT.percents(), new BigDecimal("100"));
    private static final DeductionRules MID_MARCH_2026 = new DeductionRules("Perbup 5/2026",
            LocalDate.of(2026, 3, 15), DeductionRules.DEFAULT.percents(), new BigDecimal("100"));

    @ParameterizedTest
    @CsvSource({"TL1, 0.50", "TL2, 1.00", "TL3, 1.25", "TL4, 1.50", "PSW1, 0.50", "PSW2, 1.00", "PSW3, 1.25",
        "PSW4, 1.50", "TK, 3.00"})
    void pricesEachCodeAsTheDesignSaysByDefault(DeductionCode code, String percent) {
        assertThat(DeductionRules.DEFAULT.percentOf(code)).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void capsAMonthAtTheWholeAllowanceByDefault() {
        assertThat(DeductionRules.DEFAULT.monthlyCapPercent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(DeductionRules.DEFAULT.validFrom()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(DeductionRules.DEFAULT.version()).isEqualTo("DEFAULT");
    }

    @Test
    void keepsEveryPercentageWithTwoDecimals() {
        Map<DeductionCode, BigDecimal> percents = percents("1.5");
        percents.put(DeductionCode.TK, new BigDecimal("3"));

        DeductionRules rules = new DeductionRules("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("40"));

        assertThat(rules.percentOf(DeductionCode.TL1)).isEqualTo(new BigDecimal("1.50"));
        assertThat(rules.percentOf(DeductionCode.TK)).isEqualTo(new BigDecimal("3.00"));
        assertThat(rules.monthlyCapPercent()).isEqualTo(new BigDecimal("40.00"));
        assertThat(rules.percents().values()).allSatisfy(percent -> assertThat(percent.scale()).isEqualTo(2));
    }

    @Test
    void acceptsZeroPercentAndCapsOfZeroAndOneHundred() {
        assertThat(new DeductionRules("free", LocalDate.of(2026, 1, 1), percents("0"), BigDecimal.ZERO)
                .monthlyCapPercent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(new DeductionRules("full", LocalDate.of(2026, 1, 1), percents("100"), new BigDecimal("100.000"))
                .monthlyCapPercent()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void keepsItsOwnCopyOfThePercentages() {
        Map<DeductionCode, BigDecimal> percents = percents("1");
        DeductionRules rules = new DeductionRules("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100"));
        percents.put(DeductionCode.TK, new BigDecimal("9"));

        assertThat(rules.percentOf(DeductionCode.TK)).isEqualTo(new BigDecimal("1.00"));
        assertThatThrownBy(() -> rules.percents().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @CsvSource({"-0.01", "0.125", "100.01"})
    void refusesAPercentageBelowZeroAboveOneHundredOrFinerThanACent(String percent) {
        Map<DeductionCode, BigDecimal> percents = percents("1");
        percents.put(DeductionCode.PSW3, new BigDecimal(percent));

        assertInvalid(() -> new DeductionRules("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100")));
    }

    @ParameterizedTest
    @CsvSource({"-1", "100.01", "150", "33.333"})
    void refusesACapOutsideZeroToOneHundred(String cap) {
        assertInvalid(() -> new DeductionRules("v2", LocalDate.of(2026, 1, 1), percents("1"), new BigDecimal(cap)));
    }

    @Test
    void refusesRulesWithoutAPercentageForEveryCode() {
        Map<DeductionCode, BigDecimal> percents = percents("1");
        percents.remove(DeductionCode.TK);

        assertInvalid(() -> new DeductionRules("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100")));
        percents.put(DeductionCode.TK, null);
        assertInvalid(() -> new DeductionRules("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100")));
    }

    @Test
    void refusesRulesWithoutAVersionLabelOrCap() {
        assertInvalid(() -> new DeductionRules(" ", LocalDate.of(2026, 1, 1), percents("1"), new BigDecimal("100")));
        assertInvalid(() -> new DeductionRules("v2", LocalDate.of(2026, 1, 1), percents("1"), null));
    }

    @Test
    void choosesTheVersionInForceOnTheFirstDayOfTheMonth() {
        List<DeductionRules> versions = List.of(APRIL_2026, DeductionRules.DEFAULT, MID_MARCH_2026);

        assertThat(DeductionRules.inForce(YearMonth.of(2026, 2), versions)).contains(DeductionRules.DEFAULT);
        assertThat(DeductionRules.inForce(YearMonth.of(2026, 3), versions)).contains(DeductionRules.DEFAULT);
        assertThat(DeductionRules.inForce(YearMonth.of(2026, 4), versions)).contains(APRIL_2026);
        assertThat(DeductionRules.inForce(YearMonth.of(2027, 1), versions)).contains(APRIL_2026);
    }

    @Test
    void startsAVersionDatedMidMonthWithTheNextMonth() {
        List<DeductionRules> versions = List.of(DeductionRules.DEFAULT, MID_MARCH_2026);

        assertThat(DeductionRules.inForce(YearMonth.of(2026, 3), versions)).contains(DeductionRules.DEFAULT);
        assertThat(DeductionRules.inForce(YearMonth.of(2026, 4), versions)).contains(MID_MARCH_2026);
    }

    @Test
    void findsNoRulesForAMonthBeforeEveryVersion() {
        assertThat(DeductionRules.inForce(YearMonth.of(2021, 12), List.of(DeductionRules.DEFAULT))).isEmpty();
        assertThat(DeductionRules.inForce(YearMonth.of(2026, 3), List.of())).isEmpty();
    }

    @Test
    void refusesToChooseBetweenTwoVersionsFromTheSameDay() {
        DeductionRules rival = new DeductionRules("Perbup 8/2026", LocalDate.of(2026, 4, 1), percents("2"),
                new BigDecimal("100"));
        List<DeductionRules> versions = List.of(DeductionRules.DEFAULT, APRIL_2026, rival);

        assertInvalid(() -> DeductionRules.inForce(YearMonth.of(2026, 4), versions));
        assertThat(DeductionRules.inForce(YearMonth.of(2026, 3), versions)).contains(DeductionRules.DEFAULT);
        assertThat(DeductionRules.inForce(YearMonth.of(2026, 4), List.of(APRIL_2026, APRIL_2026)))
                .contains(APRIL_2026);
    }

    private static Map<DeductionCode, BigDecimal> percents(String each) {
        Map<DeductionCode, BigDecimal> percents = new EnumMap<>(DeductionCode.class);
        for (DeductionCode code : DeductionCode.values()) {
            percents.put(code, new BigDecimal(each));
        }
        return percents;
    }

    private static void assertInvalid(Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_DEDUCTION_RULES"));
    }
}
