package id.go.merangin.sapo.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * Diskominfo's attendance list from 2 to 6 March 2026 as the export tests read it back: an accepted check-in
 * 12 minutes late, a refused attempt 5 km away with no tier, a manual check-out, and an ASN whose flags ask for a
 * closer look.
 */
final class MarchReview {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String DISKOMINFO = "Dinas Komunikasi dan Informatika";
    /** The NIP the issue saw as 1.98311112011031008E17. */
    static final String HENDRA_NIP = "198311112011031008";

    static final String RINA_NIP = "199205172019032004";
    static final String OFFICE = "Kantor Dinas Komunikasi dan Informatika";
    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate UNTIL = LocalDate.of(2026, 3, 6);

    private MarchReview() {}

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("id.go.merangin.sapo.web.messages", locale);
    }

    /** The four events of the week, newest first. */
    static ReviewReport diskominfo() {
        return report(
                DISKOMINFO,
                "DISKOMINFO",
                new ReviewFilter(1L, FROM, UNTIL, null, null, false, null),
                List.of(
                        row(
                                4,
                                HENDRA_NIP,
                                "Hendra Gunawan, S.Kom.",
                                AttendanceEventType.CHECK_OUT,
                                Decision.ACCEPTED,
                                null,
                                "2026-03-04T10:02:00Z",
                                null,
                                null,
                                null,
                                OFFICE,
                                false,
                                true,
                                null),
                        row(
                                3,
                                RINA_NIP,
                                "Rina Marlina",
                                AttendanceEventType.CHECK_IN,
                                Decision.ACCEPTED,
                                "TL1",
                                "2026-03-03T01:12:30Z",
                                12.4,
                                8.0,
                                null,
                                OFFICE,
                                true,
                                false,
                                "sapo-web/1.0"),
                        row(
                                2,
                                RINA_NIP,
                                "Rina Marlina",
                                AttendanceEventType.CHECK_IN,
                                Decision.REFUSED,
                                null,
                                "2026-03-03T01:05:00Z",
                                4987.6,
                                15.0,
                                "OUTSIDE_GEOFENCE",
                                null,
                                false,
                                false,
                                null),
                        row(
                                1,
                                HENDRA_NIP,
                                "Hendra Gunawan, S.Kom.",
                                AttendanceEventType.CHECK_IN,
                                Decision.ACCEPTED,
                                null,
                                "2026-03-02T00:25:00Z",
                                3.0,
                                6.0,
                                null,
                                OFFICE,
                                false,
                                false,
                                "sapo-android/2.1")));
    }

    /** Every OPD in reach, {@code count} check-ins of ASN with long names: a list of several pages. */
    static ReviewReport everyOpd(int count) {
        List<ReviewRow> rows = IntStream.rangeClosed(1, count)
                .mapToObj(number -> row(
                        number,
                        String.format("1990010120150310%02d", number % 100),
                        "Pegawai Dengan Nama Panjang Sekali " + number,
                        AttendanceEventType.CHECK_IN,
                        Decision.ACCEPTED,
                        null,
                        "2026-03-02T00:25:00Z",
                        3.0,
                        6.0,
                        null,
                        "Kantor Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah",
                        false,
                        false,
                        "sapo-android/2.1"))
                .toList();
        return report(null, null, new ReviewFilter(null, FROM, UNTIL, Decision.ACCEPTED, null, true, "Pegawai"), rows);
    }

    static ReviewReport report(String opdName, String opdCode, ReviewFilter filter, List<ReviewRow> rows) {
        return new ReviewReport(
                "Kabupaten Merangin", opdCode, opdName, filter, LocalDateTime.of(2026, 3, 7, 9, 30), rows);
    }

    private static ReviewRow row(
            long id,
            String nip,
            String name,
            AttendanceEventType type,
            Decision decision,
            String tier,
            String at,
            Double distance,
            Double accuracy,
            String reason,
            String location,
            boolean mocked,
            boolean manual,
            String client) {
        Instant time = Instant.parse(at);
        return new ReviewRow(
                id,
                nip,
                name,
                DISKOMINFO,
                type,
                decision,
                reason,
                time,
                LocalDate.ofInstant(time, java.time.ZoneId.of("Asia/Jakarta")),
                null,
                null,
                tier,
                distance,
                accuracy,
                location,
                -2.0864,
                102.2889,
                null,
                false,
                mocked,
                false,
                false,
                false,
                manual,
                client);
    }
}
