package id.go.merangin.sapo.recap;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A month's recap as the ASN's app and the screens show it: the day counts, the count of each code, the minutes,
 * and the deduction with the rules version that priced it. {@code provisional} while the month is still going.
 */
public record MonthRecapView(
        String month,
        int workingDays,
        int presentDays,
        int absentDays,
        int excusedDays,
        int holidays,
        Map<String, Integer> codes,
        int lateMinutes,
        int lateMinutesAfterMakeUp,
        int earlyLeaveMinutes,
        BigDecimal deductionPercent,
        boolean capApplied,
        String rulesVersion,
        boolean provisional) {

    public static MonthRecapView of(MonthSummary summary) {
        return new MonthRecapView(
                summary.month().toString(),
                summary.workingDays(),
                summary.presentDays(),
                summary.absentDays(),
                summary.excusedDays(),
                summary.holidays(),
                summary.codeCounts(),
                summary.lateMinutes(),
                summary.effectiveLateMinutes(),
                summary.earlyLeaveMinutes(),
                summary.percent(),
                summary.capApplied(),
                summary.rules().version(),
                summary.provisional());
    }
}
