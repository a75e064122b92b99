package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One day of an ASN's month as the recap's detail shows it: the codes and what they rest on (the times, the minutes,
 * the excuse or holiday) and each deduction line with the rules version that priced it.
 *
 * @param checkIn the CHECK_IN as HH:mm, or empty
 * @param excuse the leave type of an excused day, for the screen to name from its bundle, or {@code null}
 * @param holiday the name of a holiday, or {@code null}
 * @param deductions "TL2 1,25 %, PSW1 0,5 %": one per code that costs, in the officer's language, with the version
 *     in {@code rulesVersion}
 */
public record RecapDayLine(
        LocalDate date,
        String codes,
        String checkIn,
        boolean checkInManual,
        String checkOut,
        boolean checkOutManual,
        int lateMinutes,
        int effectiveLateMinutes,
        boolean madeUp,
        int earlyLeaveMinutes,
        String excuse,
        String holiday,
        String deductions,
        BigDecimal percent,
        String rulesVersion,
        boolean closed) {

    /** The lines of {@code summary}'s days, by date, with percentages written for {@code locale}. */
    public static List<RecapDayLine> of(MonthSummary summary, Locale locale) {
        List<RecapDayLine> lines = new ArrayList<>();
        for (DailyCode day : summary.days()) {
            List<DayDeduction> charged = summary.deductions().stream()
                    .filter(deduction -> deduction.date().equals(day.date()))
                    .toList();
            lines.add(new RecapDayLine(
                    day.date(),
                    String.join(" ", day.codes()),
                    clock(day.checkIn()),
                    day.checkInManual(),
                    clock(day.checkOut()),
                    day.checkOutManual(),
                    day.lateMinutes(),
                    day.effectiveLateMinutes(),
                    day.madeUp(),
                    day.earlyLeaveMinutes(),
                    day.leaveType() == null ? null : day.leaveType().name(),
                    day.holiday() == null ? null : day.holiday().name(),
                    charged.stream()
                            .map(line -> line.code() + " " + Formats.percent(line.percent(), locale))
                            .collect(Collectors.joining(", ")),
                    charged.stream().map(DayDeduction::percent).reduce(BigDecimal.ZERO, BigDecimal::add),
                    charged.stream().map(DayDeduction::rulesVersion).distinct().collect(Collectors.joining(", ")),
                    day.closed()));
        }
        return lines;
    }

    private static String clock(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
