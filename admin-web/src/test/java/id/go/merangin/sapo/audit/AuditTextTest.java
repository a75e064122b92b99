package id.go.merangin.sapo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AuditTextTest {

    private static final String BUNDLE = "id.go.merangin.sapo.web.messages";
    private static final Locale ID = Locale.forLanguageTag("id");

    private final AuditText indonesian = new AuditText(ResourceBundle.getBundle(BUNDLE, ID), ID);
    private final AuditText english = new AuditText(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH), Locale.ENGLISH);

    private static AuditEntryView entry(
            String actor,
            String name,
            List<String> roles,
            String action,
            String type,
            String id,
            String target,
            String code,
            AuditDetail.Field... details) {
        return new AuditEntryView(
                1,
                Instant.parse("2026-03-02T00:25:00Z"),
                actor,
                name,
                roles,
                action,
                type,
                id,
                target,
                code,
                List.of(details),
                "127.0.0.1");
    }

    private static AuditDetail.Field fact(String name, String value) {
        return new AuditDetail.Field(name, value);
    }

    @Test
    void namesTheActionInTheOfficersLanguage() {
        assertThat(indonesian.action("MONTH_LOCKED")).isEqualTo("Bulan dikunci");
        assertThat(english.action("MONTH_LOCKED")).isEqualTo("Month locked");
        assertThat(indonesian.action("SOMETHING_NEW"))
                .as("an action without a label")
                .isEqualTo("SOMETHING_NEW");
    }

    @Test
    void namesThePersonWithLoginAndRole() {
        AuditEntryView login = entry(
                "bkpsdmd",
                "Operator BKPSDMD",
                List.of("BKPSDMD"),
                "OFFICER_LOGIN",
                "Account",
                "48",
                "Operator BKPSDMD",
                "bkpsdmd");

        assertThat(indonesian.actor(login)).isEqualTo("Operator BKPSDMD (bkpsdmd) · BKPSDMD");
        assertThat(indonesian.target(login))
                .isEqualTo("Akun: Operator BKPSDMD · bkpsdmd")
                .doesNotContain("48");
        assertThat(indonesian.actor(entry("system", null, List.of(), "X", "Month", "2026-02", null, null)))
                .isEqualTo("Sistem");
    }

    @Test
    void namesAnAsnByNameAndNipAndAMonthByName() {
        assertThat(indonesian.target(entry(
                        "admin.diskominfo",
                        null,
                        List.of(),
                        "EMPLOYEE_CHANGED",
                        "Employee",
                        "7",
                        "Dwi Lestari, S.Kom.",
                        "198703112011012001")))
                .isEqualTo("ASN: Dwi Lestari, S.Kom. · NIP 198703112011012001");
        assertThat(indonesian.target(entry("bkpsdmd", null, List.of(), "MONTH_LOCKED", "Month", "2026-03", null, null)))
                .isEqualTo("Bulan: Maret 2026");
        assertThat(english.target(entry("bkpsdmd", null, List.of(), "MONTH_LOCKED", "Month", "2026-03", null, null)))
                .isEqualTo("Month: March 2026");
    }

    @Test
    void labelsEachFactAndWritesItsValueTheOfficersWay() {
        AuditEntryView holiday = entry(
                "bkpsdmd",
                null,
                List.of(),
                "HOLIDAY_DECLARED",
                "Holiday",
                "3",
                "HUT RI",
                null,
                fact("date", "2026-08-17"),
                fact("holidayType", "NATIONAL"),
                fact("name", "HUT RI"));
        assertThat(indonesian.detail(holiday))
                .isEqualTo("Tanggal: 17/08/2026; Jenis libur: Libur nasional; Nama: HUT RI");

        AuditEntryView rules = entry(
                "bkpsdmd",
                null,
                List.of(),
                "DEDUCTION_RULES_ADDED",
                "RuleSet",
                "Perbup 2026",
                null,
                null,
                fact("validFrom", "2026-04-01"),
                fact("TL2", "1.25 %"),
                fact("cap", "100 %"));
        assertThat(indonesian.detail(rules))
                .isEqualTo("Berlaku mulai: 01/04/2026; TL2: 1,25 %; Batas potongan sebulan:" + " 100,0 %");
        assertThat(english.detail(rules)).contains("TL2: 1.25 %");

        AuditEntryView manual = entry(
                "admin.diskominfo",
                null,
                List.of(),
                "MANUAL_ATTENDANCE",
                "AttendanceEvent",
                "9",
                null,
                null,
                fact("eventType", "CHECK_IN"),
                fact("time", "07:41:12"),
                fact("month", "2026-11"),
                fact("selfActivation", "true"),
                fact("radiusM", "11372"));
        assertThat(indonesian.detail(manual))
                .contains("Jam (WIB): 07:41", "Bulan: November 2026", "Aktif tanpa verifikasi: Ya", "Radius: 11,4 km")
                .doesNotContain("CHECK_IN", "2026-11");
    }

    @Test
    void showsAnOldFreeTextLineWithItsIsoDatesRewritten() {
        AuditEntryView old = entry(
                "bkpsdmd",
                null,
                List.of(),
                "SCHEDULE_DEFINED",
                "WorkSchedule",
                "5",
                null,
                null,
                fact(null, "Ramadan from 2026-02-18 until 2026-03-19 at 2026-02-01T03:04:05.123Z, DISKOMINFO 2026-01"));

        assertThat(indonesian.detail(old))
                .isEqualTo("Ramadan from 18/02/2026 until 19/03/2026 at 01/02/2026 10:04 WIB, DISKOMINFO Januari 2026");
        assertThat(indonesian.target(old)).as("a record no longer there").isEqualTo("Jadwal kerja #5");
    }
}
