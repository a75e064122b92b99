package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.recap.RecapReport.Line;
import id.go.merangin.sapo.recap.RecapReport.Section;
import id.go.merangin.sapo.recap.RecapReport.Signature;
import id.go.merangin.sapo.recap.RecapReport.Totals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * November 2026 in Merangin as the export tests read it back: 21 working days, two OPDs and four ASN priced under
 * rules with TL2 at 1 %, PSW1 at 0.5 %, TK at 3 % a day and a monthly cap of 50 %.
 */
final class NovemberRecap {

    static final String RULES = "PERBUP-2026";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static final String SITI_NIP = "199003152015032001";
    static final String SITI = "Siti Aminah, S.Kom.";
    static final String BUDI_NIP = "198507212010011003";
    static final String RAHMAWATI_NIP = "197912302005012004";
    static final String ANDI_NIP = "199511072019031001";

    static final String DISKOMINFO = "Dinas Komunikasi dan Informatika";
    static final String BKPSDMD = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah";
    static final String SIGNER_TITLE = "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah";
    static final String SIGNER = "Drs. H. Ahmad Fauzi, M.Si.";
    static final String SIGNER_NIP = "197003121995031002";

    private NovemberRecap() {}

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("id.go.merangin.sapo.web.messages", locale);
    }

    /** Every OPD's month, still open: Diskominfo verified, BKPSDMD not yet. */
    static RecapReport everyOpd() {
        return report(null, false, diskominfo(), bkpsdmd());
    }

    /** Diskominfo's month alone, locked. */
    static RecapReport diskominfoOnly() {
        return report(DISKOMINFO, true, diskominfo());
    }

    /** An OPD without ASN (a new unit, its roster not imported yet). */
    static RecapReport opdWithoutEmployees() {
        return report(
                "Kecamatan Renah Pembarap",
                false,
                section("KEC-RENAH-PEMBARAP", "Kecamatan Renah Pembarap", null, List.of()));
    }

    static RecapReport report(String scope, boolean locked, Section... sections) {
        return new RecapReport(
                "Kabupaten Merangin",
                YearMonth.of(2026, 11),
                scope,
                RULES,
                locked,
                LocalDateTime.of(2026, 11, 30, 15, 45),
                List.of(sections),
                new Signature("Merangin", LocalDate.of(2026, 11, 30), SIGNER_TITLE, SIGNER, SIGNER_NIP));
    }

    static Section diskominfo() {
        // Siti: one day TL2 and PSW1, one day TL2 only, one day PSW1 only: 2 x 1 % + 2 x 0.5 %
        Line siti = new Line(
                1,
                SITI_NIP,
                SITI,
                "Pranata Komputer Ahli Muda",
                "DISKOMINFO",
                recap(21, 0, codes(Map.of("H", 18, "TL2", 2, "PSW1", 2)), 92, 92, 35, "3.00", false));
        // Budi: two days TL2 and one TK, and 20 minutes late made up by leaving later
        Line budi = new Line(
                2,
                BUDI_NIP,
                "Budi Santoso",
                "Analis Kebijakan Ahli Pertama",
                "DISKOMINFO",
                recap(20, 0, codes(Map.of("H", 18, "TL2", 2, "TK", 1)), 100, 80, 0, "5.00", false));
        return section("DISKOMINFO", DISKOMINFO, "Hendra Gunawan, S.Kom.", List.of(siti, budi));
    }

    static Section bkpsdmd() {
        Line rahmawati = new Line(
                1,
                RAHMAWATI_NIP,
                "Rahmawati, S.E.",
                "Kepala Bidang Mutasi",
                "BKPSDMD",
                recap(16, 5, codes(Map.of("H", 16, "CUTI_TAHUNAN", 5)), 0, 0, 0, "0.00", false));
        // Andi: 17 TK days are 51 %, capped at 50 %
        Line andi = new Line(
                2,
                ANDI_NIP,
                "Andi Pratama",
                null,
                "BKPSDMD",
                recap(4, 0, codes(Map.of("H", 4, "TK", 17)), 0, 0, 0, "50.00", true));
        return section("BKPSDMD", BKPSDMD, null, List.of(rahmawati, andi));
    }

    static Section section(String code, String name, String verifiedBy, List<Line> lines) {
        return new Section(code, name, verifiedBy, lines, Totals.of(lines));
    }

    static MonthRecapView recap(
            int present,
            int excused,
            Map<String, Integer> codes,
            int lateMinutes,
            int lateAfterMakeUp,
            int earlyMinutes,
            String percent,
            boolean capped) {
        return new MonthRecapView(
                "2026-11",
                21,
                present,
                codes.get("TK"),
                excused,
                0,
                codes,
                lateMinutes,
                lateAfterMakeUp,
                earlyMinutes,
                new BigDecimal(percent),
                capped,
                RULES,
                false);
    }

    /** Every daily code, 0 unless {@code counts} says otherwise, in the recap's order. */
    static Map<String, Integer> codes(Map<String, Integer> counts) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        DailyCode.allCodes().forEach(code -> codes.put(code, counts.getOrDefault(code, 0)));
        return codes;
    }
}
