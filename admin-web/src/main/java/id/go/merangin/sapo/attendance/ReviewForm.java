package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.shared.Formats;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The words and the columns of the printed attendance list, kept in one place so that the workbook and the PDF
 * print the same list: the title block (the list's name, the government, the OPD, the period, the filter, when it
 * was made) and the columns, each with what it takes from a {@link ReviewRow}. Labels come from the admin screens'
 * bundle; dates are dd/MM/yyyy and times HH:mm, in WIB. An empty value is an empty cell, never a placeholder.
 */
final class ReviewForm {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;

    ReviewForm(ResourceBundle bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The bundle's text for {@code key}, with {@code arguments} in its placeholders. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The two bold lines on top: the list's name, and the government that keeps it. */
    List<String> heading(ReviewReport report) {
        return List.of(
                text("export.review.title"),
                text("export.government", report.regency()).toUpperCase(locale));
    }

    /** The lines under the heading: the OPD, the period, the filter if any, the count of rows, when it was made. */
    List<String> details(ReviewReport report) {
        ReviewFilter filter = report.filter();
        List<String> lines = new ArrayList<>();
        lines.add(report.opdName() == null ? text("export.allOpds") : text("export.opd", report.opdName()));
        lines.add(text("export.review.period", DATE.format(filter.from()), DATE.format(filter.until())));
        List<String> narrowed = new ArrayList<>();
        if (filter.decision() != null) {
            narrowed.add(text("review.decision." + filter.decision().name()));
        }
        if (filter.type() != null) {
            narrowed.add(text("event.type." + filter.type().name()));
        }
        if (filter.flaggedOnly()) {
            narrowed.add(text("export.review.flaggedOnly"));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            narrowed.add(text("export.review.search", filter.search().strip()));
        }
        if (!narrowed.isEmpty()) {
            lines.add(text("export.review.filter", String.join(", ", narrowed)));
        }
        lines.add(text("export.review.rows", report.rows().size()));
        lines.add(text("export.generatedAt", DATE_TIME.format(report.generatedAt())));
        return lines;
    }

    /** The table's headers: No, then each of {@link #columns()}. */
    List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(text("export.column.number"));
        columns().forEach(column -> headers.add(column.header()));
        return headers;
    }

    /** The columns after No, in order. */
    List<Column> columns() {
        return List.of(
                new Column(
                        text("export.review.column.date"),
                        Kind.DATE,
                        12,
                        row -> row.serverTime().atZone(Formats.WIB).toLocalDate()),
                new Column(
                        text("export.review.column.time"),
                        Kind.TEXT,
                        7,
                        row -> TIME.format(row.serverTime().atZone(Formats.WIB))),
                new Column(text("export.column.nip"), Kind.NIP, 21, ReviewRow::nip),
                new Column(text("export.column.name"), Kind.TEXT, 30, ReviewRow::name),
                new Column(text("export.review.column.opd"), Kind.TEXT, 34, ReviewRow::opdName),
                new Column(text("export.review.column.type"), Kind.TEXT, 14, this::type),
                new Column(text("export.review.column.decision"), Kind.TEXT, 18, this::decision),
                new Column(text("export.review.column.tier"), Kind.TEXT, 7, ReviewRow::tier),
                new Column(text("export.review.column.location"), Kind.TEXT, 30, ReviewRow::locationName),
                new Column(text("export.review.column.distance"), Kind.METRES, 10, row -> metres(row.distanceM())),
                new Column(text("export.review.column.accuracy"), Kind.METRES, 11, row -> metres(row.accuracyM())),
                new Column(text("export.review.column.client"), Kind.TEXT, 16, this::client),
                new Column(text("export.review.column.flags"), Kind.TEXT, 22, this::flags));
    }

    private String type(ReviewRow row) {
        String type = text("event.type." + row.type().name());
        return row.manual() ? type + " (" + text("review.manual") + ")" : type;
    }

    private String decision(ReviewRow row) {
        if (row.accepted()) {
            return text("review.decision.ACCEPTED");
        }
        String reason = "reason." + row.reasonCode();
        return row.reasonCode() != null && bundle.containsKey(reason) ? text(reason) : text("review.decision.REFUSED");
    }

    private String client(ReviewRow row) {
        if (row.manual()) {
            return null;
        }
        return row.clientApp() == null ? text("review.client.unknown") : row.clientApp();
    }

    private String flags(ReviewRow row) {
        List<String> flags = new ArrayList<>();
        if (row.mocked()) {
            flags.add(text("review.flag.mocked"));
        }
        if (row.timeSkew()) {
            flags.add(text("review.flag.timeSkew"));
        }
        if (row.impossibleTravel()) {
            flags.add(text("review.flag.travel"));
        }
        if (row.photoReused()) {
            flags.add(text("review.flag.photo"));
        }
        return String.join(", ", flags);
    }

    private static Long metres(Double metres) {
        return metres == null ? null : Math.round(metres);
    }

    /** How a column's value is written: a date cell, a NIP as text, whole metres as a number, or text. */
    enum Kind {
        DATE,
        NIP,
        METRES,
        TEXT
    }

    /**
     * A column of the list: its header, how it is written, its width in a spreadsheet (characters), and its value
     * on a row ({@code null} when there is none): a {@link LocalDate} for {@link Kind#DATE}, a {@link Long} for
     * {@link Kind#METRES}, else a string.
     */
    record Column(String header, Kind kind, int width, Function<ReviewRow, Object> value) {

        /** The value as the PDF prints it: dd/MM/yyyy, whole metres, the text; empty when there is none. */
        String text(ReviewRow row) {
            Object value = value().apply(row);
            if (value == null) {
                return "";
            }
            return value instanceof LocalDate date ? DATE.format(date) : value.toString();
        }
    }
}
