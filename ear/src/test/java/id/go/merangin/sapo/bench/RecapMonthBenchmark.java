package id.go.merangin.sapo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.recap.DayCodeCalculator;
import id.go.merangin.sapo.recap.RecapRun;
import id.go.merangin.sapo.recap.RecapService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the test suite (its name does not end in IT; {@code bench/recap-month} runs it): works out and keeps
 * February 2026 for 6,000 more ASN in 20 OPDs, every working day with a CHECK_IN and a CHECK_OUT at varied minutes
 * (one ASN in twenty never comes: TK), and prints the time of the whole-regency run against a baseline measured in
 * the same run: the same days worked out one ASN at a time (on a sample, scaled up).
 */
@ExtendWith(ArquillianExtension.class)
class RecapMonthBenchmark {

    private static final int OPDS = 20;
    private static final int PER_OPD = 300;
    private static final int SAMPLE = 200;
    private static final long BASE = 950_000_000L;
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(RecapMonthBenchmark.class);
    }

    @Inject
    RecapRun run;

    @Inject
    RecapService recaps;

    @Inject
    DayCodeCalculator calculator;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    @Test
    void recomputesAMonthForSixThousandAsn() throws Exception {
        long generating = System.nanoTime();
        sixThousandAsnAndTheirFebruary();
        long asn = ((Number) em.createQuery("select count(e) from Employee e where e.active")
                        .getSingleResult())
                .longValue();
        System.out.printf(
                "RECAP BENCH: %d active ASN, February 2026 generated in %d ms%n",
                asn, (System.nanoTime() - generating) / 1_000_000);

        double perAsnMillis = oneAtATime();
        List<Long> runs = new ArrayList<>();
        RecapRun.Outcome outcome = null;
        for (int i = 0; i < 3; i++) {
            outcome = run.recomputeMonth(FEBRUARY);
            runs.add(outcome.millis());
        }
        long median = runs.stream().sorted().toList().get(1);
        double baseline = perAsnMillis * asn;
        System.out.printf(
                "RECAP BENCH: whole regency, %d OPD, %d days kept per run; runs (ms) %s, median %d ms%n",
                outcome.opds(), outcome.days(), runs, median);
        System.out.printf(
                "RECAP BENCH: baseline one ASN at a time %.2f ms per ASN (sample of %d), %.0f ms for %d"
                        + " ASN; batched is %.1fx faster%n",
                perAsnMillis, SAMPLE, baseline, asn, baseline / median);
        long read = System.nanoTime();
        transaction.begin();
        List<Employee> opd = em.createQuery(
                        "select e from Employee e join fetch e.opd where e.opd.id = :opd", Employee.class)
                .setParameter("opd", BASE + 1)
                .getResultList();
        int months = recaps.monthsOf(opd, FEBRUARY, recaps.rulesFor(FEBRUARY)).size();
        transaction.commit();
        System.out.printf(
                "RECAP BENCH: one OPD's kept month read for %d ASN in %d ms%n",
                months, (System.nanoTime() - read) / 1_000_000);
        assertThat(outcome.days()).isGreaterThanOrEqualTo(OPDS * PER_OPD * FEBRUARY.lengthOfMonth());
    }

    /** Milliseconds per ASN to work out February one ASN at a time, over a sample. */
    private double oneAtATime() throws Exception {
        transaction.begin();
        List<Employee> sample = em.createQuery(
                        "select e from Employee e join fetch e.opd where e.id > :base" + " and e.active order by e.id",
                        Employee.class)
                .setParameter("base", BASE)
                .setMaxResults(SAMPLE)
                .getResultList();
        long start = System.nanoTime();
        for (Employee employee : sample) {
            calculator.codesOf(List.of(employee), FEBRUARY.atDay(1), FEBRUARY.atEndOfMonth());
        }
        double perAsn = (System.nanoTime() - start) / 1e6 / sample.size();
        transaction.commit();
        return perAsn;
    }

    private void sixThousandAsnAndTheirFebruary() throws SQLException {
        String weekdays = "select d::date as day from generate_series(date '2026-02-01', date '2026-02-28',"
                + " interval '1 day') d where extract(isodow from d) < 6 and d::date not in"
                + " (select holiday_date from holiday where opd_id is null)";
        execute(
                "insert into opd (id, code, name, self_activation, zone_id, active) select " + BASE + " + o,"
                        + " 'BENCH-RECAP-' || o, 'Dinas Uji Rekap ' || o, false, 'Asia/Jakarta', true"
                        + " from generate_series(1, " + OPDS + ") o on conflict do nothing",
                "insert into employee (id, nip, name, birth_date, sex, position, rank_name, opd_id, active)"
                        + " select " + BASE + " + i, to_char(date '1960-01-01' + i, 'YYYYMMDD') || '200002' || '1999',"
                        + " 'ASN Rekap ' || i, date '1960-01-01' + i, 'FEMALE', 'Pelaksana', 'Pengatur (II/c)', "
                        + BASE + " + 1 + (i - 1) / " + PER_OPD + ", true from generate_series(1, " + OPDS * PER_OPD
                        + ") i on conflict do nothing",
                "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date,"
                        + " late_minutes) select 960000000 + row_number() over (), " + BASE + " + i, 'CHECK_IN',"
                        + " 'ACCEPTED', (w.day + time '07:00' + ((i * 7 + extract(day from w.day)::int) % 60)"
                        + " * interval '1 minute') at time zone 'Asia/Jakarta', w.day,"
                        + " greatest(0, (i * 7 + extract(day from w.day)::int) % 60 - 30)"
                        + " from generate_series(1, " + OPDS * PER_OPD + ") i cross join (" + weekdays + ") w"
                        + " where i % 20 <> 0 on conflict do nothing",
                "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date)"
                        + " select 961000000 + row_number() over (), " + BASE + " + i, 'CHECK_OUT', 'ACCEPTED',"
                        + " (w.day + time '15:40' + ((i + extract(day from w.day)::int) % 60) * interval '1 minute')"
                        + " at time zone 'Asia/Jakarta', w.day"
                        + " from generate_series(1, " + OPDS * PER_OPD + ") i cross join (" + weekdays + ") w"
                        + " where i % 20 <> 0 on conflict do nothing",
                "analyze attendance_event",
                "analyze employee");
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            for (String statement : Arrays.asList(statements)) {
                sql.execute(statement);
            }
        }
    }
}
