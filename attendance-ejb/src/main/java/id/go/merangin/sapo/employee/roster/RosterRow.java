package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.employee.EmploymentEnd;
import id.go.merangin.sapo.employee.Nip;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One ASN of an uploaded master list whose values passed every check that needs no database: a valid NIP that
 * starts with the birth date, a name, an OPD code, and text that fits the {@code employee} columns. Values are
 * trimmed; a blank position or rank is {@code null}, as the column allows. {@code line} is the row number the
 * admin sees in Excel, the header being line 1. {@code appointment} (TMT) is {@code null} when the file gives none;
 * so are {@code end} with its {@code endReason} (both or neither), and {@code transferDate} (the day a new OPD code
 * takes effect).
 */
public record RosterRow(
        int line,
        Nip nip,
        String name,
        LocalDate birthDate,
        String opdCode,
        String position,
        String rank,
        LocalDate appointment,
        LocalDate end,
        EmploymentEnd endReason,
        LocalDate transferDate) {

    public RosterRow {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(opdCode, "opdCode");
    }

    /** A row without end or transfer dates. */
    public RosterRow(
            int line,
            Nip nip,
            String name,
            LocalDate birthDate,
            String opdCode,
            String position,
            String rank,
            LocalDate appointment) {
        this(line, nip, name, birthDate, opdCode, position, rank, appointment, null, null, null);
    }
}
