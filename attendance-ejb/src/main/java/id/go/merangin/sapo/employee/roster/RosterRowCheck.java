package id.go.merangin.sapo.employee.roster;

import static id.go.merangin.sapo.employee.roster.RejectedRow.INVALID_APPOINTMENT;
import static id.go.merangin.sapo.employee.roster.RejectedRow.INVALID_BIRTH_DATE;
import static id.go.merangin.sapo.employee.roster.RejectedRow.INVALID_CHARACTER;
import static id.go.merangin.sapo.employee.roster.RejectedRow.INVALID_END;
import static id.go.merangin.sapo.employee.roster.RejectedRow.INVALID_NIP;
import static id.go.merangin.sapo.employee.roster.RejectedRow.INVALID_TRANSFER;
import static id.go.merangin.sapo.employee.roster.RejectedRow.MISSING_BIRTH_DATE;
import static id.go.merangin.sapo.employee.roster.RejectedRow.MISSING_NAME;
import static id.go.merangin.sapo.employee.roster.RejectedRow.MISSING_NIP;
import static id.go.merangin.sapo.employee.roster.RejectedRow.MISSING_OPD;
import static id.go.merangin.sapo.employee.roster.RejectedRow.NAME_TOO_LONG;
import static id.go.merangin.sapo.employee.roster.RejectedRow.NIP_BIRTH_DATE_MISMATCH;
import static id.go.merangin.sapo.employee.roster.RejectedRow.NIP_NOT_TEXT;
import static id.go.merangin.sapo.employee.roster.RejectedRow.OPD_CODE_TOO_LONG;
import static id.go.merangin.sapo.employee.roster.RejectedRow.POSITION_TOO_LONG;
import static id.go.merangin.sapo.employee.roster.RejectedRow.RANK_TOO_LONG;

import id.go.merangin.sapo.employee.EmploymentEnd;
import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks one data row goes through on its own, in column order, stopping at the first failure so that each
 * rejected row has one reason. A row whose NIP is valid carries it even when rejected, so that the reader can tell
 * NIPs that appear twice in a file.
 */
final class RosterRowCheck {

    /** A NIP in a number cell holds only as many digits as Excel keeps. */
    private static final int EXCEL_SIGNIFICANT_DIGITS = 15;

    private static final int NIP_DIGITS = 18;
    private static final Pattern PLAIN_INTEGER = Pattern.compile("[0-9]+");
    /** The NIP as it is printed on decrees and ID cards: birth date, appointment month, sex, sequence. */
    private static final Pattern NIP_IN_GROUPS = Pattern.compile("[0-9]{8}\\s+[0-9]{6}\\s+[0-9]\\s+[0-9]{3}");
    /** What Excel makes of a long number when it saves a number cell as CSV, e.g. {@code 1.98503E+17}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]([.,][0-9]+)?[eE]\\+?[0-9]+");

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final int SHOWN_CHARACTERS = 40;

    private RosterRowCheck() {}

    /** Exactly one of {@code accepted} and {@code rejected} is set; {@code nip} is set whenever the NIP is valid. */
    record CheckedRow(int line, Nip nip, RosterRow accepted, RejectedRow rejected) {}

    static CheckedRow check(int line, Map<RosterColumn, RosterCell> cells) {
        Nip nip;
        try {
            nip = nip(cells.get(RosterColumn.NIP));
        } catch (Rejection rejection) {
            return new CheckedRow(line, null, null, rejection.on(line));
        }
        try {
            String name = text(cells, RosterColumn.NAME, MISSING_NAME, NAME_TOO_LONG);
            LocalDate birthDate = birthDate(cells.get(RosterColumn.BIRTH_DATE));
            if (!nip.birthDate().equals(birthDate)) {
                throw new Rejection(
                        NIP_BIRTH_DATE_MISMATCH,
                        "NIP " + nip + " starts with the birth date " + nip.birthDate() + ", not " + birthDate);
            }
            String opdCode = text(cells, RosterColumn.OPD_CODE, MISSING_OPD, OPD_CODE_TOO_LONG);
            String position = text(cells, RosterColumn.POSITION, null, POSITION_TOO_LONG);
            String rank = text(cells, RosterColumn.RANK, null, RANK_TOO_LONG);
            LocalDate appointment = appointment(cells.get(RosterColumn.APPOINTMENT));
            if (appointment != null
                    && appointment.isBefore(nip.appointmentMonth().atDay(1))) {
                throw new Rejection(
                        INVALID_APPOINTMENT,
                        "the TMT " + appointment + " is before the appointment month " + nip.appointmentMonth()
                                + " the NIP carries");
            }
            LocalDate end = optionalDate(cells.get(RosterColumn.END_DATE), "end date", INVALID_END);
            EmploymentEnd endReason = endReason(cells.get(RosterColumn.END_REASON));
            if ((end == null) != (endReason == null)) {
                throw new Rejection(INVALID_END, "an end date needs its reason, and a reason its date");
            }
            LocalDate startedOn =
                    appointment != null ? appointment : nip.appointmentMonth().atDay(1);
            if (end != null && end.isBefore(startedOn)) {
                throw new Rejection(INVALID_END, "the end date " + end + " is before the TMT " + startedOn);
            }
            LocalDate transferDate =
                    optionalDate(cells.get(RosterColumn.TRANSFER_DATE), "transfer date", INVALID_TRANSFER);
            return new CheckedRow(
                    line,
                    nip,
                    new RosterRow(
                            line,
                            nip,
                            name,
                            birthDate,
                            opdCode,
                            position,
                            rank,
                            appointment,
                            end,
                            endReason,
                            transferDate),
                    null);
        } catch (Rejection rejection) {
            return new CheckedRow(line, nip, null, rejection.on(line));
        }
    }

    private static Nip nip(RosterCell cell) throws Rejection {
        if (cell.isBlank()) {
            throw new Rejection(MISSING_NIP, "the NIP is empty");
        }
        if (cell instanceof RosterCell.Date) {
            throw new Rejection(INVALID_NIP, "the NIP cell holds the date " + cell.shown() + ", not 18 digits");
        }
        String digits = cell instanceof RosterCell.Number number ? numberNip(number) : textNip(cell.shown());
        try {
            return Nip.of(digits);
        } catch (InvalidInputException e) {
            throw new Rejection(INVALID_NIP, "NIP '" + shortened(digits) + "' is invalid: " + e.getMessage());
        }
    }

    private static String textNip(String text) throws Rejection {
        if (SCIENTIFIC.matcher(text).matches()) {
            throw new Rejection(
                    NIP_NOT_TEXT,
                    "the NIP " + text + " was saved from a number cell and its last digits"
                            + " are lost; format the NIP column as Text, type the NIPs again and save the file again");
        }
        return NIP_IN_GROUPS.matcher(text).matches() ? text.replaceAll("\\s+", "") : text;
    }

    /**
     * The digits of a NIP in a number cell, if the file stores all of them. Excel keeps 15 significant digits, so a
     * NIP typed into a number cell ends in zeros that replace its sequence; a writer that goes through a double
     * stores it in exponent form, rounded. Only a plain integer with more than 15 significant digits (as written by
     * exports that hold the NIP as a 64-bit integer) is trusted.
     */
    private static String numberNip(RosterCell.Number number) throws Rejection {
        BigDecimal value;
        try {
            value = new BigDecimal(number.stored());
        } catch (NumberFormatException e) {
            throw new Rejection(INVALID_NIP, "the NIP cell holds '" + number.shown() + "', not 18 digits");
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw new Rejection(
                    INVALID_NIP, "the NIP cell holds the number " + value.toPlainString() + ", not 18 digits");
        }
        String digits = value.toBigInteger().toString();
        boolean exact = PLAIN_INTEGER.matcher(number.stored()).matches()
                && value.stripTrailingZeros().precision() > EXCEL_SIGNIFICANT_DIGITS;
        if (digits.length() == NIP_DIGITS && !exact) {
            throw new Rejection(
                    NIP_NOT_TEXT,
                    "the NIP cell holds the number " + digits + " (shown as "
                            + number.shown() + "), and a number cell cannot hold all 18 digits of a NIP; format the NIP"
                            + " column as Text and type the NIPs again");
        }
        return digits;
    }

    private static LocalDate birthDate(RosterCell cell) throws Rejection {
        if (cell.isBlank()) {
            throw new Rejection(MISSING_BIRTH_DATE, "the birth date is empty");
        }
        return date(cell, "birth date", INVALID_BIRTH_DATE);
    }

    /** An optional date, {@code null} when the file has no such column or the cell is blank. */
    private static LocalDate optionalDate(RosterCell cell, String what, String invalidCode) throws Rejection {
        return cell == null || cell.isBlank() ? null : date(cell, what, invalidCode);
    }

    /** Pensiun, meninggal, diberhentikan or pindah keluar, in any case and spacing; {@code null} when blank. */
    private static EmploymentEnd endReason(RosterCell cell) throws Rejection {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String reason = cell.shown().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]+", "_");
        try {
            return EmploymentEnd.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw new Rejection(
                    INVALID_END,
                    "the end reason '" + shortened(cell.shown()) + "' is not one of"
                            + " pensiun, meninggal, diberhentikan or pindah keluar");
        }
    }

    /** The TMT, {@code null} when the file has no such column or the cell is blank. */
    private static LocalDate appointment(RosterCell cell) throws Rejection {
        return cell == null || cell.isBlank() ? null : date(cell, "TMT", INVALID_APPOINTMENT);
    }

    private static LocalDate date(RosterCell cell, String what, String invalidCode) throws Rejection {
        if (cell instanceof RosterCell.Date date) {
            return date.value();
        }
        if (cell instanceof RosterCell.Number) {
            throw new Rejection(
                    invalidCode,
                    "the " + what + " cell holds the number " + cell.shown()
                            + ", not a date; format it as a date or type dd/MM/yyyy");
        }
        String text = cell.shown();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DAY_MONTH_YEAR, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new Rejection(
                invalidCode,
                "the " + what + " '" + shortened(text) + "' is not a real date written dd/MM/yyyy or yyyy-MM-dd");
    }

    /** The cell's text, {@code null} when blank and optional; refused when blank and required, too long or odd. */
    private static String text(
            Map<RosterColumn, RosterCell> cells, RosterColumn column, String missingCode, String tooLongCode)
            throws Rejection {
        String value = cells.get(column).shown();
        if (value.isEmpty()) {
            if (missingCode != null) {
                throw new Rejection(missingCode, "the " + column.label + " is empty");
            }
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length > column.maxLength) {
            throw new Rejection(
                    tooLongCode,
                    "the " + column.label + " '" + shortened(value) + "' has " + length + " characters, more than the "
                            + column.maxLength + " allowed");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new Rejection(
                    INVALID_CHARACTER,
                    "the " + column.label + " '" + shortened(value)
                            + "' contains a line break or another control character");
        }
        return value;
    }

    private static String shortened(String value) {
        String visible = value.replaceAll("\\p{Cntrl}", " ");
        return visible.length() <= SHOWN_CHARACTERS ? visible : visible.substring(0, SHOWN_CHARACTERS) + "…";
    }

    /** Why a row is rejected; thrown between the checks above only, never out of this class. */
    private static final class Rejection extends Exception {

        private static final long serialVersionUID = 1L;

        private final String code;

        Rejection(String code, String detail) {
            super(detail, null, false, false);
            this.code = code;
        }

        RejectedRow on(int line) {
            return new RejectedRow(line, code, getMessage());
        }
    }
}
