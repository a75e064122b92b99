package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.SearchText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * BKPSDMD's list of the discipline ladder (PP 94/2021): the ASN who in a year have reached a step, or are within
 * a few days of the first, by their TK days and the minutes their present days count at 7.5 hours a day, with the
 * sanction their standing calls for, a run of TK days in a row included ({@link DisciplineLadder}). Counted from the
 * kept daily codes of the days that are over, after keeping any of the year's days not kept yet.
 */
@Stateless
public class LadderQueries {

    /** One ASN's place on the ladder. */
    public record LadderRow(long employeeId, String nip, String name, String opdCode, LadderStanding standing) {}

    private static final String STANDINGS = " from daily_code d join employee e on e.id = d.employee_id and e.active"
            + " join opd o on o.id = e.opd_id where d.work_date between ?1 and ?2"
            + " and (?5 = '' or e.nip like ?6 escape '\\' or lower(e.name) like ?7 escape '\\')"
            + " group by e.id, e.nip, e.name, o.code"
            + " having count(*) filter (where d.kind = 'TK') * ?3 + sum(d.ladder_minutes) >= ?4";

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerScope scope;

    @Inject
    RecapService recaps;

    @Inject
    DailyCodeStore codes;

    @Inject
    Clock clock;

    @Inject
    RuleBook rules;

    /** Keeps the year's days not kept yet; call before reading a year that may not have been worked out. */
    public void prepare(Year year) {
        scope.current().requireBkpsdmd();
        for (YearMonth month = year.atMonth(1); !month.isAfter(lastMonth(year)); month = month.plusMonths(1)) {
            recaps.keepMissing(month);
        }
    }

    /**
     * A page of the ASN at a step, or within {@code nearDays} days of the first, furthest up first; only those
     * whose NIP starts with, or whose name holds, {@code search} when it is given.
     */
    public List<LadderRow> page(Year year, int nearDays, String search, int first, int size) {
        scope.current().requireBkpsdmd();
        DisciplineLadder ladder = ladderOf(year);
        Stream<?> rows = bind(
                        em.createNativeQuery("select e.id, e.nip, e.name, o.code,"
                                + " count(*) filter (where d.kind = 'TK'), sum(d.ladder_minutes)" + STANDINGS
                                + " order by count(*) filter (where d.kind = 'TK') * ?3 + sum(d.ladder_minutes) desc,"
                                + " e.name, e.nip limit ?8 offset ?9"),
                        year,
                        nearDays,
                        search)
                .setParameter(8, Math.min(Math.max(size, 1), 100))
                .setParameter(9, Math.max(first, 0))
                .getResultStream();
        List<Object[]> page = rows.map(Object[].class::cast).toList();
        Map<Long, Integer> runs = longestAbsenceRuns(
                page.stream()
                        .filter(row -> ((Number) row[4]).intValue() >= ladder.consecutiveDaysForDismissal())
                        .map(row -> ((Number) row[0]).longValue())
                        .toList(),
                year);
        return page.stream()
                .map(row -> {
                    long id = ((Number) row[0]).longValue();
                    return new LadderRow(
                            id,
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            ladder.standingOf(
                                    ((Number) row[4]).intValue(),
                                    ((Number) row[5]).intValue(),
                                    runs.getOrDefault(id, 0)));
                })
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
        return ((Number) bind(
                                em.createNativeQuery("select count(*) from (select e.id" + STANDINGS + ") s"),
                                year,
                                nearDays,
                                search)
                        .getSingleResult())
                .longValue();
    }

    /**
     * The ladder a year's standings are read with: that of the rules of its latest month so far (the year's days
     * keep the minutes their own month's rules gave them).
     */
    public DisciplineLadder ladderOf(Year year) {
        return rules.forMonth(lastMonth(year)).day().ladder();
    }

    private Query bind(Query query, Year year, int nearDays, String search) {
        boolean searching = SearchText.present(search);
        query.setParameter(5, searching ? "y" : "")
                .setParameter(6, searching ? SearchText.startingWith(search) : "")
                .setParameter(7, searching ? SearchText.containing(search) : "");
        LocalDate yesterday = today().minusDays(1);
        LocalDate end = year.atMonth(12).atEndOfMonth();
        DisciplineLadder ladder = ladderOf(year);
        int threshold = Math.max(ladder.steps().get(0).days() - Math.max(nearDays, 0), 0) * ladder.minutesPerDay();
        return query.setParameter(1, year.atDay(1))
                .setParameter(2, end.isAfter(yesterday) ? yesterday : end)
                .setParameter(3, ladder.minutesPerDay())
                .setParameter(4, Math.max(threshold, 1));
    }

    private YearMonth lastMonth(Year year) {
        YearMonth current = YearMonth.from(today());
        return year.atMonth(12).isAfter(current) ? current : year.atMonth(12);
    }

    private LocalDate today() {
        return clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate();
    }
}
