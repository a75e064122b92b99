package id.go.merangin.sapo.board;

import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * four grouped queries over the day's events (an index covers them) give every OPD's numbers at once, and the
 * lateness tiers are drawn from the stored minutes by the domain's {@link TierBands}.
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
    Clock clock;

    public Board today() {
        Officer officer = scope.current();
        Instant now = clock.instant();
        LocalDate date = now.atZone(Opd.DEFAULT_ZONE).toLocalDate();
        Set<Long> visible = scope.visibleOpdIds(officer);

        Map<Long, OpdTally> tallies = new LinkedHashMap<>();
        for (Opd opd : opds.findAll()) {
            if (visible.contains(opd.id())) {
                tallies.put(opd.id(), OpdTally.empty(opd.id(), opd.code(), opd.name()));
            }
        }
        List<Long> ids = List.copyOf(tallies.keySet());
        if (!ids.isEmpty()) {
            for (Object[] row : rows("select e.opd_id, count(*) from employee e"
                    + " where e.active and e.opd_id in (:ids) group by e.opd_id", ids, null)) {
                apply(tallies, row, (tally, r) -> tally.withEmployees(number(r[1])));
            }
            for (Object[] row : rows("select e.opd_id, coalesce(ae.late_minutes, 0), count(*)"
                    + " from attendance_event ae join employee e on e.id = ae.employee_id"
                    + " where ae.work_date = :date and ae.event_type = 'CHECK_IN' and ae.decision = 'ACCEPTED'"
                    + " and e.opd_id in (:ids) group by 1, 2", ids, date)) {
                apply(tallies, row, (tally, r) -> tally.withCheckIns((int) number(r[1]), number(r[2]),
                        TierBands.DEFAULT));
            }
            for (Object[] row : rows("select e.opd_id, count(*)"
                    + " from attendance_event ae join employee e on e.id = ae.employee_id"
                    + " where ae.work_date = :date and ae.decision = 'REFUSED'"
                    + " and e.opd_id in (:ids) group by 1", ids, date)) {
                apply(tallies, row, (tally, r) -> tally.withRefusedAttempts(number(r[1])));
            }
            // on approved leave and not checked in: a leave does not make an ASN count twice
            for (Object[] row : rows("select e.opd_id, count(distinct lr.employee_id)"
                    + " from leave_request lr join employee e on e.id = lr.employee_id"
                    + " where lr.state = 'APPROVED' and :date between lr.start_date and lr.end_date"
                    + " and e.active and e.opd_id in (:ids)"
                    + " and not exists (select 1 from attendance_event ae where ae.employee_id = lr.employee_id"
                    + " and ae.work_date = :date and ae.event_type = 'CHECK_IN' and ae.decision = 'ACCEPTED')"
                    + " group by 1", ids, date)) {
                apply(tallies, row, (tally, r) -> tally.withOnLeave(number(r[1])));
            }
        }
        OpdTally total = tallies.values().stream()
                .reduce(OpdTally.empty(null, "", ""), OpdTally::plus);
        return new Board(date, now, List.copyOf(tallies.values()), total, checkInsByQuarterHour(ids, date));
    }

    private SortedMap<LocalTime, Long> checkInsByQuarterHour(List<Long> ids, LocalDate date) {
        SortedMap<LocalTime, Long> quarters = new TreeMap<>();
        if (ids.isEmpty()) {
            return quarters;
        }
        for (Object[] row : rows("select cast(floor(extract(epoch from cast(ae.server_time at time zone '"
                + Opd.DEFAULT_ZONE.getId() + "' as time)) / " + QUARTER_HOUR_SECONDS + ") as integer), count(*)"
                + " from attendance_event ae join employee e on e.id = ae.employee_id"
                + " where ae.work_date = :date and ae.event_type = 'CHECK_IN' and ae.decision = 'ACCEPTED'"
                + " and e.opd_id in (:ids) group by 1", ids, date)) {
            quarters.put(LocalTime.ofSecondOfDay(number(row[0]) * QUARTER_HOUR_SECONDS), number(row[1]));
        }
        return quarters;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids, LocalDate date) {
        var query = em.createNativeQuery(sql).setParameter("ids", ids);
        if (date != null) {
            query.setParameter("date", date);
        }
        return new ArrayList<>(query.getResultList());
    }

    private static void apply(Map<Long, OpdTally> tallies, Object[] row,
            BiFunction<OpdTally, Object[], OpdTally> change) {
        tallies.computeIfPresent(number(row[0]), (id, tally) -> change.apply(tally, row));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
