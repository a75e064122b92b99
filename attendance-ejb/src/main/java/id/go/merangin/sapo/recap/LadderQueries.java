package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BKPSDMD's list of the discipline ladder (PP 94/2021): the ASN who in a year have reached a step, or are within
 * a few days of the first, by their TK days and the minutes their present days count at 7.5 hours a day, with the
 * sanction their standing calls for, a run of TK days in a row included ({@link DisciplineLadder}). Counted from the
 * kept daily codes of the days that are over ({@link LadderRepository}); the year's days not kept yet are kept first
 * by {@link RecapRun#keepMissing(Year)}. Reads only.
 */
@Stateless
public class LadderQueries {

    /** One ASN's place on the ladder. */
    public record LadderRow(long employeeId, String nip, String name, String opdCode, LadderStanding standing) {}

    @Inject
    OfficerScope scope;

    @Inject
    RecapService recaps;

    @Inject
    LadderRepository tallies;

    @Inject
    DailyCodeRepository codes;

    @Inject
    Clock clock;

    @Inject
    RuleBook rules;

    /**
     * A page of the ASN at a step, or within {@code nearDays} days of the first, furthest up first; only those
     * whose NIP starts with, or whose name holds, {@code search} when it is given.
     */
    public List<LadderRow> page(Year year, int nearDays, String search, int first, int size) {
        scope.current().requireBkpsdmd();
        DisciplineLadder ladder = ladderOf(year);
        List<LadderRepository.Tally> page =
                tallies.page(criteria(year, nearDays, search), Math.max(first, 0), Math.min(Math.max(size, 1), 100));
        Map<Long, Integer> runs = longestAbsenceRuns(
                page.stream()
                        .filter(tally -> tally.absentDays() >= ladder.consecutiveDaysForDismissal())
                        .map(LadderRepository.Tally::employeeId)
                        .toList(),
                year);
        return page.stream()
                .map(tally -> new LadderRow(
                        tally.employeeId(),
                        tally.nip(),
                        tally.name(),
                        tally.opdCode(),
                        ladder.standingOf(
                                tally.absentDays(), tally.ladderMinutes(), runs.getOrDefault(tally.employeeId(), 0))))
                .toList();
    }

    /**
     * The longest run of TK working days of each of {@code employeeIds} in {@code year} (only an ASN with as many TK
     * days as a run that matters can have one), worked out by the ladder's own rule from their kept days.
     */
    private Map<Long, Integer> longestAbsenceRuns(List<Long> employeeIds, Year year) {
        Map<Long, Integer> runs = new HashMap<>();
        codes.load(employeeIds, year.atDay(1), year.atMonth(12).atEndOfMonth())
                .forEach((id, days) -> runs.put(id, DisciplineLadder.longestAbsenceRun(days)));
        return runs;
    }

    public long count(Year year, int nearDays, String search) {
        scope.current().requireBkpsdmd();
        return tallies.count(criteria(year, nearDays, search));
    }

    /**
     * The ladder a year's standings are read with: that of the rules of its latest month so far (the year's days
     * keep the minutes their own month's rules gave them).
     */
    public DisciplineLadder ladderOf(Year year) {
        return rules.forMonth(recaps.lastMonthSoFar(year)).day().ladder();
    }

    /** The year's days that are over, and the standings within {@code nearDays} days of the first step or above. */
    private LadderRepository.Criteria criteria(Year year, int nearDays, String search) {
        LocalDate yesterday = today().minusDays(1);
        LocalDate end = year.atMonth(12).atEndOfMonth();
        DisciplineLadder ladder = ladderOf(year);
        int threshold = Math.max(ladder.steps().get(0).days() - Math.max(nearDays, 0), 0) * ladder.minutesPerDay();
        return new LadderRepository.Criteria(
                year.atDay(1),
                end.isAfter(yesterday) ? yesterday : end,
                ladder.minutesPerDay(),
                Math.max(threshold, 1),
                search);
    }

    private LocalDate today() {
        return clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate();
    }
}
