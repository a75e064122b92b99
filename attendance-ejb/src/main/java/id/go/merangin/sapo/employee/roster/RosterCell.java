package id.go.merangin.sapo.employee.roster;

import java.time.LocalDate;

/**
 * One cell of an uploaded file as read, before any rule: text (every CSV value, and XLSX text cells), a number
 * (kept as the digits the XLSX file stores, since a NIP in a number cell may have lost some), or a date (an XLSX
 * date cell). {@link #shown()} is the value as Excel shows it, trimmed, with non-breaking spaces taken as spaces.
 */
sealed interface RosterCell {

    RosterCell BLANK = new Text("");

    String shown();

    default boolean isBlank() {
        return shown().isEmpty();
    }

    /** {@code value} trimmed, a non-breaking space (common in text pasted from the web) counting as a space. */
    static String clean(String value) {
        return value == null ? "" : value.replace('\u00A0', ' ').strip();
    }

    record Text(String shown) implements RosterCell {

        public Text {
            shown = clean(shown);
        }
    }

    /** A number cell: {@code stored} is the number exactly as the file writes it, e.g. {@code 1.98503152010011E+17}. */
    record Number(String stored, String shown) implements RosterCell {

        public Number {
            shown = clean(shown);
        }
    }

    record Date(LocalDate value, String shown) implements RosterCell {

        public Date {
            shown = clean(shown);
        }
    }
}
