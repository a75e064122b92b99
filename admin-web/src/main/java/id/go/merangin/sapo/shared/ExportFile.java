package id.go.merangin.sapo.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * The name of an exported file, the same way for every export: what it is, the OPD's code (or "semua-opd"), the
 * period, so that files downloaded for several OPDs and months never overwrite or hide one another:
 * {@code presensi-DISKOMINFO-01-03-2026_31-03-2026.xlsx}, {@code rekap-DISKOMINFO-2026-03.pdf},
 * {@code tpp-semua-opd-2026-03.csv}.
 */
public final class ExportFile {

    /** The scope's name of an export of every OPD in reach. */
    public static final String EVERY_OPD = "semua-opd";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ExportFile() {}

    /** "rekap-DISKOMINFO-2026-03.pdf": a month's export of one OPD ({@code opdCode}) or of every OPD ({@code null}). */
    public static String name(String kind, String opdCode, YearMonth month, String extension) {
        return name(kind, opdCode, month.toString(), extension);
    }

    /** "presensi-DISKOMINFO-01-03-2026_31-03-2026.xlsx": an export of the days {@code from} to {@code until}. */
    public static String name(String kind, String opdCode, LocalDate from, LocalDate until, String extension) {
        return name(kind, opdCode, DAY.format(from) + "_" + DAY.format(until), extension);
    }

    private static String name(String kind, String opdCode, String period, String extension) {
        String scope = opdCode == null ? EVERY_OPD : opdCode.replaceAll("[^A-Za-z0-9-]", "-");
        return kind + "-" + scope + "-" + period + "." + extension;
    }
}
