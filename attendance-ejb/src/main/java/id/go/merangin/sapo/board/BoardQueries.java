package id.go.merangin.sapo.board;

import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.recap.DayRules;
import id.go.merangin.sapo.recap.RuleBook;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Counts today's attendance for the live board. With thousands of ASN checking in, nothing is loaded row by row:
 * a grouped query per figure over the day's events (an index covers them) gives every OPD's numbers at once, and the
 * lateness tiers are drawn from the stored minutes by the {@link DayRules} of the version in force today, as today's
 * daily codes are (before the CHECK_OUT, when make-up is not known yet). Each figure counts the rows its
 * {@link BoardCard} defines, and the people behind a figure are read, a page at a time, from those same rows.
 */
@Stateless
public class BoardQueries {

    private static final int QUARTER_HOUR_SECONDS = 900;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerScope scope;

    @Inject
    OpdRepository opds;

    @Inject
    RuleBook ruleBook;

    @Inject
    Clock clock;

    public Board today() {
        Officer officer = scope.current();
        Instant now = clock.instant();
        LocalDate date = now.atZone(Opd.DEFAULT_ZONE).toLocalDate();
        Set<Long> visible = scope.visibleOpdIds(officer);
        DayRules rules = ruleBook.inForceOn(date).day();

        Map<Long, OpdTally> tallies = new LinkedHashMap<>();
        for (Opd opd : opds.findAll()) {
            if (visible.contains(opd.id())) {
                tallies.put(opd.id(), OpdTally.empty(opd.id(), opd.code(), opd.name()));
            }
        }
        List<Long> ids = List.copyOf(tallies.keySet());
        if (!ids.isEmpty()) {
            for (Object[] row : rows(countByOpd(BoardCard.EMPLOYEES), ids, date)) {
                apply(tallies, row, (tally, r) -> tally.withEmployees(number(r[1])));
            }
            for (Object[] row : rows(
                    "select e.opd_id, coalesce(ae.late_minutes, 0), count(*)" + BoardCard.CHECKED_IN.rows()
                            + " group by 1, 2",
                    ids,
                    date)) {
                apply(tallies, row, (tally, r) -> tally.withCheckIns((int) number(r[1]), number(r[2]), rules));
            }
            for (Object[] row : rows(countByOpd(BoardCard.REFUSED), ids, date)) {
                apply(tallies, row, (tally, r) -> tally.withRefusedAttempts(number(r[1])));
            }
            for (Object[] row : rows(countByOpd(BoardCard.ON_LEAVE), ids, date)) {
                apply(tallies, row, (tally, r) -> tally.withOnLeave(number(r[1])));
            }
            for (Object[] row : rows(countByOpd(BoardCard.NOT_YET_IN), ids, date)) {
                apply(tallies, row, (tally, r) -> tally.withNotYetIn(number(r[1])));
            }
        }
        OpdTally total = tallies.values().stream().reduce(OpdTally.empty(null, "", ""), OpdTally::plus);
        return new Board(date, now, List.copyOf(tallies.values()), total, checkInsByQuarterHour(ids, date));
    }

    /** How many rows stand behind {@code card} today in the officer's reach: the length of {@link #people}. */
    public long count(BoardCard card) {
        List<Long> ids = visibleIds();
        return ids.isEmpty()
                ? 0
                : number(query("select count(*)" + card.rows(), ids, todayInTheRegency())
                        .getSingleResult());
    }

    /** One page of the rows behind {@code card} today in the officer's reach, from the rows the card counts. */
    @SuppressWarnings("unchecked")
    public List<BoardPerson> people(BoardCard card, int first, int size) {
        List<Long> ids = visibleIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        String event =
                card.ofEvents() ? "ae.id, ae.server_time, ae.late_minutes, ae.reason_code" : "null, null, null, null";
        String leave = card == BoardCard.ON_LEAVE
                ? "(select l.leave_type from leave_request l"
                        + " where l.employee_id = e.id and l.state = 'APPROVED' and :date between l.start_date and l.end_date"
                        + " and l.permit_time is null"
                        + " order by l.start_date, l.id limit 1)"
                : "null";
        String order = card.ofEvents() ? " order by ae.server_time, e.name, ae.id" : " order by o.name, e.name, e.nip";
        List<Object[]> rows = query(
                        "select e.id, e.nip, e.name, o.name, " + event + ", " + leave + card.rows() + order,
                        ids,
                        todayInTheRegency())
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), Paging.MAX_PAGE_SIZE))
                .getResultList();
        DayRules rules = ruleBook.inForceOn(todayInTheRegency()).day();
        return rows.stream().map(row -> person(row, rules)).toList();
    }

    private static BoardPerson person(Object[] row, DayRules rules) {
        Integer late = row[6] == null ? null : (int) number(row[6]);
        return new BoardPerson(
                number(row[0]),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                row[4] == null ? null : number(row[4]),
                instant(row[5]),
                late,
                late == null ? null : rules.latenessTierOf(late).orElse(null),
                row[8] == null ? null : LeaveType.valueOf((String) row[8]),
                (String) row[7]);
    }

    private List<Long> visibleIds() {
        return List.copyOf(scope.visibleOpdIds(scope.current()));
    }

    private LocalDate todayInTheRegency() {
        return clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate();
    }

    private static String countByOpd(BoardCard card) {
        return "select e.opd_id, count(*)" + card.rows() + " group by 1";
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private SortedMap<LocalTime, Long> checkInsByQuarterHour(List<Long> ids, LocalDate date) {
        SortedMap<LocalTime, Long> quarters = new TreeMap<>();
        if (ids.isEmpty()) {
            return quarters;
        }
        for (Object[] row : rows(
                "select cast(floor(extract(epoch from cast(ae.server_time at time zone '"
                        + Opd.DEFAULT_ZONE.getId() + "' as time)) / " + QUARTER_HOUR_SECONDS + ") as integer), count(*)"
                        + " from attendance_event ae join employee e on e.id = ae.employee_id"
                        + " where ae.work_date = :date and ae.event_type = 'CHECK_IN' and ae.decision = 'ACCEPTED'"
                        + " and e.opd_id in (:ids) group by 1",
                ids,
                date)) {
            quarters.put(LocalTime.ofSecondOfDay(number(row[0]) * QUARTER_HOUR_SECONDS), number(row[1]));
        }
        return quarters;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids, LocalDate date) {
        return new ArrayList<>(query(sql, ids, date).getResultList());
    }

    /** A native query over the OPDs {@code ids} on {@code date}, where it asks for the date. */
    private Query query(String sql, List<Long> ids, LocalDate date) {
        Query query = em.createNativeQuery(sql).setParameter("ids", ids);
        return sql.contains(":date") ? query.setParameter("date", date) : query;
    }

    private static void apply(
            Map<Long, OpdTally> tallies, Object[] row, BiFunction<OpdTally, Object[], OpdTally> change) {
        tallies.computeIfPresent(number(row[0]), (id, tally) -> change.apply(tally, row));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
