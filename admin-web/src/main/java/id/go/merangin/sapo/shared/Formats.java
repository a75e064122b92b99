package id.go.merangin.sapo.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates, times and numbers as every screen shows them: dd/MM/yyyy, 24-hour clock, WIB; months by name ("Maret
 * 2026"); percentages, counts and distances with the separators of the officer's language (Indonesian "60,0 %",
 * English "60.0 %"). Each method has a twin taking the locale, for exports and tests; the EL methods use the view's
 * locale.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The screens' default language, where no view is going on. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(WIB);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(WIB);
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(WIB);

    public String date(LocalDate date) {
        return day(date);
    }

    /** dd/MM/yyyy, for code that has no view's formats at hand. */
    public static String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    public String time(Instant moment) {
        return moment == null ? "" : TIME.format(moment);
    }

    /** "02/03/2026 07:25 WIB": a moment to the minute, with its zone, for running text. */
    public static String dateTimeWib(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment) + " WIB";
    }

    /** A percentage with one or two decimals, as "60,0 %" (Indonesian) or "1.25 %" (English). */
    public String percent(Number value) {
        return percent(value, locale());
    }

    public static String percent(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = decimals(locale, 1, 2);
        return format.format(exact(value)) + " %";
    }

    /** A percentage as typed into a field: two decimals, the language's decimal mark, no " %". */
    public static String percentInput(Number value, Locale locale) {
        return value == null ? "" : decimals(locale, 2, 2).format(exact(value));
    }

    /** A count with the language's grouping: "6.000" (Indonesian), "6,000" (English). */
    public String count(Number value) {
        return count(value, locale());
    }

    public static String count(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A quantity such as days on the ladder: up to two decimals, the language's marks ("12,25", "1.234,5"). */
    public String decimal(Number value) {
        return decimal(value, locale());
    }

    public static String decimal(Number value, Locale locale) {
        return value == null ? "" : decimals(locale, 0, 2).format(exact(value));
    }

    /** Several numbers as a reader lists them: "3, 6, 10" (never a Java list's "[3, 6, 10]"). */
    public String list(java.util.Collection<? extends Number> values) {
        return list(values, locale());
    }

    public static String list(java.util.Collection<? extends Number> values, Locale locale) {
        return values == null
                ? ""
                : values.stream()
                        .map(value -> decimal(value, locale))
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A year as a year, never grouped like a number ("2026", not "2.026"). */
    public String year(Number year) {
        return year == null ? "" : String.valueOf(year.longValue());
    }

    /** A month by its name: "Maret 2026" (Indonesian), "March 2026" (English); from a YearMonth or "yyyy-MM". */
    public String month(Object month) {
        return month(month, locale());
    }

    public static String month(Object month, Locale locale) {
        if (month == null) {
            return "";
        }
        YearMonth parsed;
        try {
            parsed = month instanceof YearMonth yearMonth ? yearMonth : YearMonth.parse(month.toString());
        } catch (DateTimeParseException e) {
            return month.toString();
        }
        String name = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(parsed);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** A distance: whole metres up to 1 km ("42 m"), kilometres with one decimal beyond ("11,4 km"). */
    public String metres(Number metres) {
        return metres(metres, locale());
    }

    public static String metres(Number metres, Locale locale) {
        if (metres == null) {
            return "";
        }
        long rounded = Math.round(metres.doubleValue());
        if (Math.abs(rounded) < 1000) {
            return rounded + " m";
        }
        return decimals(locale, 1, 1).format(metres.doubleValue() / 1000) + " km";
    }

    /** The language of the view on screen; Indonesian where none is. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || faces.getViewRoot().getLocale() == null) {
            return INDONESIAN;
        }
        return faces.getViewRoot().getLocale();
    }

    private static DecimalFormat decimals(Locale locale, int min, int max) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }

    private static Object exact(Number value) {
        return value instanceof BigDecimal ? value : new BigDecimal(value.toString());
    }
}
