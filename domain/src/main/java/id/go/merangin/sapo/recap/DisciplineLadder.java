package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ladder of PP 94/2021 on civil servants' discipline (Pasal 9–11) for not coming to work without a valid reason.
 * Absence adds up over a calendar year: every TK day counts one day, and every present day counts the minutes it
 * fell short of the working day, at {@code minutesPerDay} minutes (7.5 hours) a day. Each step calls for a heavier
 * {@link Sanction}, decided by people, not by SAPO; the recap only shows where each ASN stands
 * ({@link LadderStanding}). By default: 3 days teguran lisan; 4–6 teguran tertulis; 7–10 pernyataan tidak puas;
 * 11–13, 14–16 and 17–20 a 25 % cut of the allowance for 6, 9 and 12 months; 21–24 penurunan jabatan; 25–27
 * pembebasan jabatan; 28 or more PDHTAPS; and {@code consecutiveDaysForDismissal} (10) working days of TK in a row is
 * PDHTAPS too, whatever the year's total.
 *
 * <p>What one present day counts ({@link #minutesOfDay}): its late minutes after make-up and its early-leave
 * minutes (working minutes, see {@code Lateness}), and for a missing CHECK_IN or CHECK_OUT of a day that is over
 * {@code missingEventMinutes} minutes, or, when that is not set (the default), the working time the missing event
 * left uncovered (from the start to the CHECK_OUT, or from the CHECK_IN to the end), so that a forgotten event never
 * costs less than a very late one. One day counts at most one day.
 *
 * @param steps the steps, strictly increasing in days (from at least 1) and in severity
 * @param minutesPerDay the minutes of absence that count as one day, and the most one day can count
 * @param missingEventMinutes the minutes a missing CHECK_IN or CHECK_OUT counts; {@code null}: the working time it
 *     left uncovered
 * @param consecutiveDaysForDismissal the working days of TK in a row that call for the last step
 */
public record DisciplineLadder(
        List<LadderStep> steps, int minutesPerDay, Integer missingEventMinutes, int consecutiveDaysForDismissal) {

    /** The stable code of every refusal of an impossible ladder. */

    /** PP 94/2021's steps, 450 minutes (7.5 hours) a day, a missing event costing what it left uncovered, 10 in a row. */
    public static final DisciplineLadder DEFAULT = new DisciplineLadder(
            List.of(
                    new LadderStep(3, Sanction.TEGURAN_LISAN),
                    new LadderStep(4, Sanction.TEGURAN_TERTULIS),
                    new LadderStep(7, Sanction.PERNYATAAN_TIDAK_PUAS),
                    new LadderStep(11, Sanction.POTONGAN_TUNJANGAN_6_BULAN),
                    new LadderStep(14, Sanction.POTONGAN_TUNJANGAN_9_BULAN),
                    new LadderStep(17, Sanction.POTONGAN_TUNJANGAN_12_BULAN),
                    new LadderStep(21, Sanction.PENURUNAN_JABATAN),
                    new LadderStep(25, Sanction.PEMBEBASAN_JABATAN),
                    new LadderStep(28, Sanction.PDHTAPS)),
            450,
            null,
            10);

    public DisciplineLadder {
        Objects.requireNonNull(steps, "steps");
        steps = List.copyOf(steps);
        boolean increasing = !steps.isEmpty() && steps.get(0).days() >= 1;
        for (int i = 1; increasing && i < steps.size(); i++) {
            increasing = steps.get(i).days() > steps.get(i - 1).days()
                    && steps.get(i).sanction().compareTo(steps.get(i - 1).sanction()) > 0;
        }
        if (!increasing
                || minutesPerDay < 1
                || consecutiveDaysForDismissal < 1
                || (missingEventMinutes != null && (missingEventMinutes < 0 || missingEventMinutes > minutesPerDay))) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_DISCIPLINE_LADDER,
                    "the steps must be strictly increasing in days"
                            + " (from at least 1) and in severity, a day at least 1 minute, a missing event 0 to a day's"
                            + " minutes and a run at least 1 day, not " + steps + ", " + minutesPerDay + ", "
                            + missingEventMinutes + " and " + consecutiveDaysForDismissal,
                    Map.of(
                            "steps",
                            steps.toString(),
                            "minutesPerDay",
                            minutesPerDay,
                            "consecutiveDaysForDismissal",
                            consecutiveDaysForDismissal));
        }
    }

    /**
     * The minutes one present day adds to the ladder: {@code lateMinutes} (after make-up) and
     * {@code earlyLeaveMinutes}, and for a missing event {@code missingEventMinutes} or else
     * {@code uncoveredMinutes}; at most {@code minutesPerDay}.
     *
     * @param uncoveredMinutes the working time a missing CHECK_IN or CHECK_OUT left uncovered (0 when none is missing)
     * @param eventMissing whether the day, over, lacks its CHECK_IN or its CHECK_OUT
     */
    public int minutesOfDay(int lateMinutes, int earlyLeaveMinutes, int uncoveredMinutes, boolean eventMissing) {
        if (lateMinutes < 0 || earlyLeaveMinutes < 0 || uncoveredMinutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        long missing = !eventMissing ? 0 : missingEventMinutes == null ? uncoveredMinutes : missingEventMinutes;
        return (int) Math.min(minutesPerDay, (long) lateMinutes + earlyLeaveMinutes + missing);
    }

    /** Where an ASN stands with {@code absentDays} TK days and {@code minutes} of present days this year. */
    public LadderStanding standingOf(int absentDays, int minutes) {
        return new LadderStanding(this, absentDays, minutes, 0);
    }

    /** As {@link #standingOf(int, int)}, with the longest run of TK working days in a row. */
    public LadderStanding standingOf(int absentDays, int minutes, int longestAbsenceRun) {
        return new LadderStanding(this, absentDays, minutes, longestAbsenceRun);
    }

    /**
     * The longest run of TK days among {@code days}, in date order, that no working day breaks: days off and
     * holidays (not working days) neither break a run nor add to it, so ten TK days across two weekends are ten in a
     * row; a present, excused or pending day ends the run. A date given twice is refused.
     */
    public static int longestAbsenceRun(List<DailyCode> days) {
        Objects.requireNonNull(days, "days");
        List<DailyCode> inOrder =
                days.stream().sorted(Comparator.comparing(DailyCode::date)).toList();
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (DailyCode day : inOrder) {
            if (day.date().equals(previous)) {
                throw new IllegalArgumentException(day.date() + " is given twice");
            }
            previous = day.date();
            switch (day.kind()) {
                case TK -> longest = Math.max(longest, ++run);
                case OFF, HOLIDAY -> {}
                case PRESENT, EXCUSED, PENDING -> run = 0;
            }
        }
        return longest;
    }

    /**
     * Where an ASN stands in {@code year} after {@code months}: their TK days, the minutes their present days count
     * ({@link DailyCode#ladderMinutes()}), and their longest run of TK days across the months. Each month counts
     * once and must belong to the year.
     */
    public LadderStanding standingOf(Year year, List<MonthSummary> months) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(months, "months");
        Set<YearMonth> seen = new HashSet<>();
        Map<LocalDate, DailyCode> days = new HashMap<>();
        int absentDays = 0;
        int minutes = 0;
        for (MonthSummary month : months) {
            if (month.month().getYear() != year.getValue()) {
                throw new IllegalArgumentException(month.month() + " is not in " + year);
            }
            if (!seen.add(month.month())) {
                throw new IllegalArgumentException(month.month() + " is counted twice");
            }
            absentDays += month.absentDays();
            minutes += month.ladderMinutes();
            month.days().forEach(day -> days.put(day.date(), day));
        }
        return standingOf(absentDays, minutes, longestAbsenceRun(List.copyOf(days.values())));
    }
}
