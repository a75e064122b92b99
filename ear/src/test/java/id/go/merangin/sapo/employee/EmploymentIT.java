package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.recap.MonthClose;
import id.go.merangin.sapo.recap.MonthRecapView;
import id.go.merangin.sapo.recap.RecapDetail;
import id.go.merangin.sapo.recap.RecapQueries;
import id.go.merangin.sapo.recap.RecapRow;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An ASN's employment dates decide which days are theirs to work: appointed on the 15th of February, the days
 * before are not TK and not in the recap; retired on the 10th, the days after are not either, and the months after
 * do not list them, while February still does. A month locked before the retirement was entered keeps what it was
 * locked with; the app answers NOT_EMPLOYED after the last day. February 2026 on the test OPD's every-day schedule:
 * 28 days, 2 of them holidays (16 and 17).
 */
@ExtendWith(ArquillianExtension.class)
class EmploymentIT {

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(EmploymentIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Inject
    RecapQueries recaps;

    @Inject
    MonthClose close;

    @Inject
    AsBkpsdmd bkpsdmd;

    private MobileFixture fixture;
    private MobileFixture.Asn asn;
    private long opdId;

    @BeforeEach
    void anAsnWhoNeverCame() {
        fixture = new MobileFixture(organization, employees, schedules);
        asn = fixture.registeredAsn();
        opdId = bkpsdmd.call(() -> organization.opdsInReach()).stream()
                .filter(o -> o.code().equals(fixture.opd))
                .map(OpdRow::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAppointmentOnTheFifteenthCountsTheMonthFromTheFifteenth() {
        assertThat(february().getInt("workingDays"))
                .as("every day but the two holidays")
                .isEqualTo(26);

        employ(new Employment(LocalDate.of(2026, 2, 15), null, null));

        JsonObject recap = february();
        assertThat(recap.getInt("workingDays"))
                .as("15 to 28 February less the 16th and 17th")
                .isEqualTo(12);
        assertThat(recap.getJsonObject("codes").getInt("TK")).isEqualTo(12);
        assertThat(rowOf(FEBRUARY)).isPresent();
        assertThat(rowOf(YearMonth.of(2026, 1)))
                .as("not appointed yet in January")
                .isEmpty();
    }

    @Test
    void aRetirementOnTheTenthEndsTheMonthThereAndTheRecapsAfterIt() {
        employ(new Employment(asn.nipAppointment(), LocalDate.of(2026, 2, 10), EmploymentEnd.PENSIUN));

        MonthRecapView recap = rowOf(FEBRUARY).orElseThrow().recap();
        assertThat(recap.workingDays()).as("1 to 10 February").isEqualTo(10);
        assertThat(recap.absentDays()).isEqualTo(10);
        assertThat(rowOf(YearMonth.of(2026, 3))).as("gone in March").isEmpty();
        ApiClient.Answer afterwards = asn.phone().get("/attendance?month=2026-02");
        assertThat(afterwards.status()).as("the app after the last day").isEqualTo(403);
        assertThat(afterwards.code()).isEqualTo("NOT_EMPLOYED");
    }

    @Test
    void aMonthLockedBeforeTheRetirementWasEnteredStaysAsItWasLocked() {
        bkpsdmd.run(() -> close.lock(FEBRUARY));
        try {
            employ(new Employment(asn.nipAppointment(), LocalDate.of(2026, 2, 10), EmploymentEnd.PENSIUN));

            assertThat(rowOf(FEBRUARY).orElseThrow().recap().absentDays())
                    .as("as locked")
                    .isEqualTo(26);
        } finally {
            bkpsdmd.run(() -> close.unlock(FEBRUARY));
        }
        employ(new Employment(asn.nipAppointment(), LocalDate.of(2026, 2, 11), EmploymentEnd.PENSIUN));
        assertThat(rowOf(FEBRUARY).orElseThrow().recap().absentDays())
                .as("open again: 1 to 11 February")
                .isEqualTo(11);
    }

    @Test
    void aTransferOnTheSixteenthLeavesTheDaysBeforeWithTheOldOpdAndItsLocalHoliday() {
        MobileFixture puskesmas = new MobileFixture(organization, employees, schedules);
        long puskesmasId = bkpsdmd.call(() -> organization.opdsInReach()).stream()
                .filter(o -> o.code().equals(puskesmas.opd))
                .map(OpdRow::id)
                .findFirst()
                .orElseThrow();
        bkpsdmd.run(() -> schedules.declareLocalHoliday(fixture.opd, LocalDate.of(2026, 2, 10), "HUT Dinas Uji"));
        bkpsdmd.run(() -> schedules.declareLocalHoliday(puskesmas.opd, LocalDate.of(2026, 2, 20), "HUT Puskesmas"));

        bkpsdmd.run(() -> employees.updateMasterRecord(
                asn.employeeId(),
                "ASN Uji " + asn.nip().substring(15),
                "Perawat",
                null,
                puskesmas.opd,
                LocalDate.of(2026, 2, 16),
                new Employment(asn.nipAppointment(), null, null)));

        JsonObject month = asn.phone().get("/attendance?month=2026-02").json();
        assertThat(codesOn(month, "2026-02-10"))
                .as("the old OPD's local holiday")
                .isEqualTo("[\"LIBUR\"]");
        assertThat(codesOn(month, "2026-02-20")).as("the new OPD's").isEqualTo("[\"LIBUR\"]");
        assertThat(month.getJsonObject("recap").getInt("workingDays"))
                .as("28 days less 10, 16, 17 and 20")
                .isEqualTo(24);
        MonthRecapView before = rowIn(opdId, FEBRUARY).orElseThrow().recap();
        assertThat(before.workingDays())
                .as("1 to 15 February less the 10th, in the old OPD's recap")
                .isEqualTo(14);
        MonthRecapView after = rowIn(puskesmasId, FEBRUARY).orElseThrow().recap();
        assertThat(after.workingDays())
                .as("16 to 28 February less 16, 17 and 20, in the new one's")
                .isEqualTo(10);
        assertThat(rowIn(opdId, YearMonth.of(2026, 3)))
                .as("gone from the old OPD in March")
                .isEmpty();
        assertThat(rowIn(puskesmasId, YearMonth.of(2026, 1)))
                .as("not there yet in January")
                .isEmpty();
        RecapDetail detail = bkpsdmd.call(() -> recaps.detail(asn.employeeId(), opdId, FEBRUARY));
        assertThat(detail.summary().days())
                .extracting(day -> day.date().getDayOfMonth())
                .as("the old OPD's detail: its own days")
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());

        assertRefused(
                () -> bkpsdmd.run(() -> employees.updateMasterRecord(
                        asn.employeeId(),
                        "ASN Uji",
                        "Perawat",
                        null,
                        fixture.opd,
                        LocalDate.of(2026, 2, 16),
                        new Employment(asn.nipAppointment(), null, null))),
                "INVALID_TRANSFER");
        assertRefused(
                () -> bkpsdmd.run(() -> employees.updateMasterRecord(
                        asn.employeeId(),
                        "ASN Uji",
                        "Perawat",
                        null,
                        fixture.opd,
                        LocalDate.of(2026, 12, 1),
                        new Employment(asn.nipAppointment(), null, null))),
                "INVALID_TRANSFER");
    }

    private static String codesOn(JsonObject month, String date) {
        return month.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(day -> date.equals(day.getString("date")))
                .findFirst()
                .orElseThrow()
                .getJsonArray("codes")
                .toString();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOf(SapoException.class)
                .extracting(thrown -> ((SapoException) thrown).code().name())
                .isEqualTo(code);
    }

    /** The ASN's row in the recap of the OPD {@code opd} for {@code month}; empty when it does not list them. */
    private Optional<RecapRow> rowIn(long opd, YearMonth month) {
        List<RecapRow> rows = bkpsdmd.call(() -> recaps.page(opd, month, 0, 100));
        assertThat(rows).hasSize((int) (long) bkpsdmd.call(() -> recaps.count(opd, month)));
        return rows.stream().filter(row -> row.employeeId() == asn.employeeId()).findFirst();
    }

    private void employ(Employment employment) {
        bkpsdmd.run(() -> employees.updateMasterRecord(
                asn.employeeId(),
                "ASN Uji " + asn.nip().substring(15),
                "Pranata Komputer",
                "Penata Muda (III/a)",
                fixture.opd,
                null,
                employment));
    }

    private JsonObject february() {
        ApiClient.Answer answer = asn.phone().get("/attendance?month=2026-02");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonObject("recap");
    }

    /** The ASN's row in the OPD's recap of {@code month}; empty when the month does not list them. */
    private Optional<RecapRow> rowOf(YearMonth month) {
        List<RecapRow> rows = bkpsdmd.call(() -> recaps.page(opdId, month, 0, 100));
        assertThat(rows).hasSize((int) (long) bkpsdmd.call(() -> recaps.count(opdId, month)));
        return rows.stream().filter(row -> row.employeeId() == asn.employeeId()).findFirst();
    }
}
