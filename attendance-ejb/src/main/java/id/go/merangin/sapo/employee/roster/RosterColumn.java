package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.organization.Opd;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns a master list must have. A header matches whatever its case, spacing and punctuation, in Bahasa
 * Indonesia or English, and a note in brackets is ignored, so {@code "Tanggal Lahir (dd/mm/yyyy)"},
 * {@code "TGL. LAHIR"} and {@code "Birth date"} all name {@link #BIRTH_DATE}. Every required column must be there,
 * even those whose cells may be blank, so that a misspelt header cannot silently empty a whole column; the optional
 * {@link #APPOINTMENT} (TMT), {@link #END_DATE} with {@link #END_REASON}, and {@link #TRANSFER_DATE} may be left out.
 */
enum RosterColumn {
    NIP("NIP", "NIP", 0, "nip"),
    NAME("name", "Nama", Employee.MAX_NAME_LENGTH, "nama", "name", "nama lengkap", "full name"),
    BIRTH_DATE(
            "birth date", "Tanggal Lahir", 0, "tanggal lahir", "tgl lahir", "birth date", "date of birth", "birthdate"),
    OPD_CODE("OPD code", "Kode OPD", Opd.MAX_CODE_LENGTH, "kode opd", "opd code"),
    POSITION("position", "Jabatan", Employee.MAX_POSITION_LENGTH, "jabatan", "nama jabatan", "position"),
    RANK("rank", "Pangkat/Golongan", Employee.MAX_RANK_LENGTH, "pangkat golongan", "pangkat", "golongan", "rank"),
    /** Optional: the appointment date (TMT); a file without the column, or a blank cell, keeps the NIP's month. */
    APPOINTMENT(
            "appointment date",
            "TMT",
            0,
            false,
            "tmt",
            "tanggal tmt",
            "tmt pengangkatan",
            "tmt cpns",
            "appointment date",
            "appointment"),
    /** Optional: the last day of work (retirement, death, dismissal, a move out), with {@link #END_REASON}. */
    END_DATE("end date", "Tanggal Berhenti", 0, false, "tanggal berhenti", "tmt berhenti", "tmt pensiun", "end date"),
    /** Optional: why the work ended: pensiun, meninggal, diberhentikan or pindah keluar. */
    END_REASON("end reason", "Alasan Berhenti", 0, false, "alasan berhenti", "end reason"),
    /** Optional: the day a change of OPD takes effect; a blank cell with a new OPD code: the day of the import. */
    TRANSFER_DATE(
            "transfer date", "TMT Mutasi", 0, false, "tmt mutasi", "tanggal mutasi", "tmt pindah", "transfer date");

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** How the English details name the column. */
    final String label;
    /** The header of the template BKPSDMD hands out, for messages that list missing columns. */
    final String header;
    /** The database column's length, or 0 where the value is not free text. */
    final int maxLength;

    private final Set<String> names;

    /** Whether a file must have the column. */
    final boolean required;

    RosterColumn(String label, String header, int maxLength, String... names) {
        this(label, header, maxLength, true, names);
    }

    RosterColumn(String label, String header, int maxLength, boolean required, String... names) {
        this.label = label;
        this.header = header;
        this.maxLength = maxLength;
        this.required = required;
        this.names = Set.of(names);
    }

    /** The column a header cell names, if any. */
    static Optional<RosterColumn> named(String headerCell) {
        String name = normalized(headerCell);
        return Arrays.stream(values())
                .filter(column -> column.names.contains(name))
                .findFirst();
    }

    /** The headers of the columns a file must have. */
    static String headers() {
        return Arrays.stream(values())
                .filter(column -> column.required)
                .map(column -> column.header)
                .collect(Collectors.joining(", "));
    }

    private static String normalized(String header) {
        String withoutNotes = BRACKETED.matcher(header).replaceAll(" ");
        return PUNCTUATION
                .matcher(withoutNotes.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }
}
