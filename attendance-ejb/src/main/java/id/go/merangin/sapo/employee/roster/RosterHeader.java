package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each {@link RosterColumn} sits in an uploaded file, read from its first non-blank row. Columns may come in
 * any order and other columns (a running number, remarks) are ignored; a file whose header lacks a column, or names
 * one twice, is refused as a whole, since none of its rows could be read with confidence.
 */
final class RosterHeader {

    private final Map<RosterColumn, Integer> positions;

    private RosterHeader(Map<RosterColumn, Integer> positions) {
        this.positions = positions;
    }

    static RosterHeader of(SourceRow row) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        Map<RosterColumn, String> texts = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < row.width(); i++) {
            String text = row.cell(i).shown();
            Optional<RosterColumn> named = text.isEmpty() ? Optional.empty() : RosterColumn.named(text);
            if (named.isEmpty()) {
                continue;
            }
            RosterColumn column = named.get();
            if (positions.containsKey(column)) {
                throw new InvalidInputException(
                        ProblemCode.DUPLICATE_COLUMN,
                        "the header on line " + row.line()
                                + " has two columns for the " + column.label + ": '" + texts.get(column) + "' and '"
                                + text
                                + "'",
                        Map.of("line", row.line(), "columns", texts.get(column) + ", " + text));
            }
            positions.put(column, i);
            texts.put(column, text);
        }
        if (positions.isEmpty()) {
            throw new InvalidInputException(
                    ProblemCode.MISSING_HEADER,
                    "line " + row.line() + " names none of the columns; the first row must be the header "
                            + RosterColumn.headers(),
                    Map.of("line", row.line(), "columns", RosterColumn.headers()));
        }
        List<String> missing = Arrays.stream(RosterColumn.values())
                .filter(column -> column.required && !positions.containsKey(column))
                .map(column -> column.header)
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(
                    ProblemCode.MISSING_COLUMN,
                    "the header on line " + row.line() + " lacks the column(s) " + String.join(", ", missing),
                    Map.of("line", row.line(), "columns", String.join(", ", missing)));
        }
        return new RosterHeader(positions);
    }

    /** The row's cells in this header's columns (an optional column the file lacks is absent). */
    Map<RosterColumn, RosterCell> cellsOf(SourceRow row) {
        Map<RosterColumn, RosterCell> cells = new EnumMap<>(RosterColumn.class);
        positions.forEach((column, position) -> cells.put(column, row.cell(position)));
        return cells;
    }
}
