package id.go.merangin.sapo.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.attendance.IntegrityRules;
import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetTest {

    private static final RuleSet APRIL_2026 =
            new RuleSet("Perbup 7/2026", LocalDate.of(2026, 4, 1), RuleSet.DEFAULT.percents(), new BigDecimal("100"));
    private static final RuleSet MID_MARCH_2026 =
            new RuleSet("Perbup 5/2026", LocalDate.of(2026, 3, 15), RuleSet.DEFAULT.percents(), new BigDecimal("100"));

    @ParameterizedTest
    @CsvSource({
        "TL1, 0.50",
        "TL2, 1.00",
        "TL3, 1.25",
        "TL4, 1.50",
        "PSW1, 0.50",
        "PSW2, 1.00",
        "PSW3, 1.25",
        "PSW4, 1.50",
        "TK, 3.00"
    })
    void pricesEachCodeAsTheDesignSaysByDefault(DeductionCode code, String percent) {
        assertThat(RuleSet.DEFAULT.percentOf(code)).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void capsAMonthAtTheWholeAllowanceByDefault() {
        assertThat(RuleSet.DEFAULT.monthlyCapPercent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(RuleSet.DEFAULT.validFrom()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(RuleSet.DEFAULT.version()).isEqualTo("DEFAULT");
    }

    @Test
    void keepsEveryPercentageWithTwoDecimals() {
        Map<DeductionCode, BigDecimal> percents = percents("1.5");
        percents.put(DeductionCode.TK, new BigDecimal("3"));

        RuleSet rules = new RuleSet("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("40"));

        assertThat(rules.percentOf(DeductionCode.TL1)).isEqualTo(new BigDecimal("1.50"));
        assertThat(rules.percentOf(DeductionCode.TK)).isEqualTo(new BigDecimal("3.00"));
        assertThat(rules.monthlyCapPercent()).isEqualTo(new BigDecimal("40.00"));
        assertThat(rules.percents().values())
                .allSatisfy(percent -> assertThat(percent.scale()).isEqualTo(2));
    }

    @Test
    void acceptsZeroPercentAndCapsOfZeroAndOneHundred() {
        assertThat(new RuleSet("free", LocalDate.of(2026, 1, 1), percents("0"), BigDecimal.ZERO).monthlyCapPercent())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(new RuleSet("full", LocalDate.of(2026, 1, 1), percents("100"), new BigDecimal("100.000"))
                        .monthlyCapPercent())
                .isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void keepsItsOwnCopyOfThePercentages() {
        Map<DeductionCode, BigDecimal> percents = percents("1");
        RuleSet rules = new RuleSet("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100"));
        percents.put(DeductionCode.TK, new BigDecimal("9"));

        assertThat(rules.percentOf(DeductionCode.TK)).isEqualTo(new BigDecimal("1.00"));
        assertThatThrownBy(() -> rules.percents().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @CsvSource({"-0.01", "0.125", "100.01"})
    void refusesAPercentageBelowZeroAboveOneHundredOrFinerThanACent(String percent) {
        Map<DeductionCode, BigDecimal> percents = percents("1");
        percents.put(DeductionCode.PSW3, new BigDecimal(percent));

        assertInvalid(() -> new RuleSet("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100")));
    }

    @ParameterizedTest
    @CsvSource({"-1", "100.01", "150", "33.333"})
    void refusesACapOutsideZeroToOneHundred(String cap) {
        assertInvalid(() -> new RuleSet("v2", LocalDate.of(2026, 1, 1), percents("1"), new BigDecimal(cap)));
    }

    @Test
    void refusesRulesWithoutAPercentageForEveryCode() {
        Map<DeductionCode, BigDecimal> percents = percents("1");
        percents.remove(DeductionCode.TK);

        assertInvalid(() -> new RuleSet("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100")));
        percents.put(DeductionCode.TK, null);
        assertInvalid(() -> new RuleSet("v2", LocalDate.of(2026, 1, 1), percents, new BigDecimal("100")));
    }

    @Test
    void refusesRulesWithoutAVersionLabelOrCap() {
        assertInvalid(() -> new RuleSet(" ", LocalDate.of(2026, 1, 1), percents("1"), new BigDecimal("100")));
        assertInvalid(() -> new RuleSet("v2", LocalDate.of(2026, 1, 1), percents("1"), null));
    }

    @Test
    void choosesTheVersionInForceOnTheFirstDayOfTheMonth() {
        List<RuleSet> versions = List.of(APRIL_2026, RuleSet.DEFAULT, MID_MARCH_2026);

        assertThat(RuleSet.inForce(YearMonth.of(2026, 2), versions)).contains(RuleSet.DEFAULT);
        assertThat(RuleSet.inForce(YearMonth.of(2026, 3), versions)).contains(RuleSet.DEFAULT);
        assertThat(RuleSet.inForce(YearMonth.of(2026, 4), versions)).contains(APRIL_2026);
        assertThat(RuleSet.inForce(YearMonth.of(2027, 1), versions)).contains(APRIL_2026);
    }

    @Test
    void startsAVersionDatedMidMonthWithTheNextMonth() {
        List<RuleSet> versions = List.of(RuleSet.DEFAULT, MID_MARCH_2026);

        assertThat(RuleSet.inForce(YearMonth.of(2026, 3), versions)).contains(RuleSet.DEFAULT);
        assertThat(RuleSet.inForce(YearMonth.of(2026, 4), versions)).contains(MID_MARCH_2026);
    }

    @Test
    void findsNoRulesForAMonthBeforeEveryVersion() {
        assertThat(RuleSet.inForce(YearMonth.of(2021, 12), List.of(RuleSet.DEFAULT)))
                .isEmpty();
        assertThat(RuleSet.inForce(YearMonth.of(2026, 3), List.of())).isEmpty();
    }

    @Test
    void refusesToChooseBetweenTwoVersionsFromTheSameDay() {
        RuleSet rival = new RuleSet("Perbup 8/2026", LocalDate.of(2026, 4, 1), percents("2"), new BigDecimal("100"));
        List<RuleSet> versions = List.of(RuleSet.DEFAULT, APRIL_2026, rival);

        assertInvalid(() -> RuleSet.inForce(YearMonth.of(2026, 4), versions));
        assertThat(RuleSet.inForce(YearMonth.of(2026, 3), versions)).contains(RuleSet.DEFAULT);
        assertThat(RuleSet.inForce(YearMonth.of(2026, 4), List.of(APRIL_2026, APRIL_2026)))
                .contains(APRIL_2026);
    }

    @Test
    void leavesEveryLeaveFreeButLeaveOutsideTheStatesBudgetByDefault() {
        assertThat(RuleSet.DEFAULT.leaveCosts())
                .containsExactly(Map.entry(LeaveType.CUTI_DILUAR_TANGGUNGAN_NEGARA, new BigDecimal("100.00")));
        assertThat(RuleSet.DEFAULT.leaveCostOf(LeaveType.CUTI_BESAR)).isEqualTo(new BigDecimal("0.00"));
        assertThat(RuleSet.DEFAULT.leaveCostOf(LeaveType.SAKIT)).isEqualTo(new BigDecimal("0.00"));
        assertThat(RuleSet.DEFAULT.day()).isEqualTo(DayRules.DEFAULT);
        assertThat(RuleSet.DEFAULT.integrity()).isEqualTo(IntegrityRules.DEFAULT);
        assertThat(APRIL_2026.leaveCosts())
                .as("a version of prices only keeps the other defaults")
                .isEqualTo(RuleSet.DEFAULT.leaveCosts());
        assertThat(APRIL_2026.day()).isEqualTo(DayRules.DEFAULT);
    }

    @Test
    void keepsOnlyTheLeaveTypesThatCost() {
        Map<LeaveType, BigDecimal> costs = new EnumMap<>(LeaveType.class);
        costs.put(LeaveType.CUTI_BESAR, new BigDecimal("50"));
        costs.put(LeaveType.SAKIT, BigDecimal.ZERO);

        RuleSet rules = new RuleSet(
                "v3",
                LocalDate.of(2026, 5, 1),
                RuleSet.DEFAULT.percents(),
                new BigDecimal("100"),
                costs,
                DayRules.DEFAULT,
                IntegrityRules.DEFAULT);

        assertThat(rules.leaveCosts()).containsExactly(Map.entry(LeaveType.CUTI_BESAR, new BigDecimal("50.00")));
        assertThat(rules.leaveCostOf(LeaveType.CUTI_DILUAR_TANGGUNGAN_NEGARA))
                .as("not named: free")
                .isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest
    @CsvSource({"-1", "100.01", "12.345"})
    void refusesALeaveCostOutsideZeroToOneHundred(String cost) {
        assertInvalid(() -> new RuleSet(
                "v3",
                LocalDate.of(2026, 5, 1),
                RuleSet.DEFAULT.percents(),
                new BigDecimal("100"),
                Map.of(LeaveType.CUTI_BESAR, new BigDecimal(cost)),
                DayRules.DEFAULT,
                IntegrityRules.DEFAULT));
    }

    @Test
    void storesEveryNumberAndReadsTheSameVersionBack() {
        DisciplineLadder ladder = new DisciplineLadder(
                List.of(
                        new LadderStep(2, Sanction.TEGURAN_LISAN),
                        new LadderStep(5, Sanction.TEGURAN_TERTULIS),
                        new LadderStep(30, Sanction.PDHTAPS)),
                420,
                240,
                8);
        RuleSet rules = new RuleSet(
                "Perbup 11/2026",
                LocalDate.of(2026, 6, 1),
                percents("2"),
                new BigDecimal("75"),
                Map.of(LeaveType.CUTI_BESAR, new BigDecimal("25.5")),
                new DayRules(new TierBands(15, 45, 75), false, 0, ladder),
                new IntegrityRules(3, 90));

        RuleSet readBack = new StoredRuleSet(rules, "bkpsdmd", Instant.parse("2026-05-20T02:00:00Z")).toRules();

        assertThat(readBack).isEqualTo(rules);
        assertThat(readBack.day().ladder().steps()).extracting(LadderStep::days).containsExactly(2, 5, 30);
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
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_RULE_SET));
    }
}
