package id.go.merangin.sapo.recap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a month's deduction, kept so that every figure of the recap can be traced: on {@code date} the code
 * {@code code} cost {@code percent} of the allowance under the rules labelled {@code rulesVersion}. The code is a
 * {@link DeductionCode}'s name, or the name of a leave type that costs ({@link RuleSet#leaveCosts()}). A day with
 * both a lateness and an early-leave tier has two lines.
 */
public record DayDeduction(LocalDate date, String code, String rulesVersion, BigDecimal percent) {

    public DayDeduction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(percent, "percent");
    }
}
