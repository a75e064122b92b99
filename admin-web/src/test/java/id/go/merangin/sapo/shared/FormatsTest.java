package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale ID = Formats.INDONESIAN;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void writesPercentagesWithTheLanguagesDecimalMark() {
        assertThat(Formats.percent(new BigDecimal("60.00"), ID)).isEqualTo("60,0 %");
        assertThat(Formats.percent(new BigDecimal("60.00"), EN)).isEqualTo("60.0 %");
        assertThat(Formats.percent(new BigDecimal("1.25"), ID))
                .as("a rule's two decimals kept")
                .isEqualTo("1,25 %");
        assertThat(Formats.percent(new BigDecimal("0.50"), ID)).isEqualTo("0,5 %");
        assertThat(Formats.percent(0, ID)).isEqualTo("0,0 %");
        assertThat(Formats.percent(78L, EN)).isEqualTo("78.0 %");
        assertThat(Formats.percent(new BigDecimal("33.335"), ID))
                .as("rounded half up")
                .isEqualTo("33,34 %");
        assertThat(Formats.percent(null, ID)).isEmpty();
    }

    @Test
    void writesAPercentageForAFieldWithTwoDecimalsAndNoSign() {
        assertThat(Formats.percentInput(new BigDecimal("3"), ID)).isEqualTo("3,00");
        assertThat(Formats.percentInput(new BigDecimal("1.25"), EN)).isEqualTo("1.25");
    }

    @Test
    void groupsCountsTheWayTheLanguageDoes() {
        assertThat(Formats.count(6000, ID)).isEqualTo("6.000");
        assertThat(Formats.count(6000, EN)).isEqualTo("6,000");
        assertThat(Formats.count(999, ID)).isEqualTo("999");
        assertThat(Formats.count(0L, ID)).isEqualTo("0");
    }

    @Test
    void writesQuantitiesWithUpToTwoDecimals() {
        assertThat(Formats.decimal(new BigDecimal("28.00"), ID)).isEqualTo("28");
        assertThat(Formats.decimal(new BigDecimal("12.25"), ID)).isEqualTo("12,25");
        assertThat(Formats.decimal(new BigDecimal("1234.5"), ID)).isEqualTo("1.234,5");
        assertThat(Formats.decimal(new BigDecimal("1234.5"), EN)).isEqualTo("1,234.5");
    }

    @Test
    void listsNumbersWithoutJavasBrackets() {
        assertThat(Formats.list(java.util.List.of(3, 6, 10, 28), ID)).isEqualTo("3, 6, 10, 28");
    }

    @Test
    void neverGroupsAYear() {
        assertThat(new Formats().year(2026)).isEqualTo("2026");
    }

    @Test
    void namesMonthsInTheLanguage() {
        assertThat(Formats.month(YearMonth.of(2026, 3), ID)).isEqualTo("Maret 2026");
        assertThat(Formats.month("2026-11", ID)).isEqualTo("November 2026");
        assertThat(Formats.month("2026-08", ID)).isEqualTo("Agustus 2026");
        assertThat(Formats.month("2026-11", EN)).isEqualTo("November 2026");
        assertThat(Formats.month("2026-03", EN)).isEqualTo("March 2026");
        assertThat(Formats.month("not a month", ID)).as("left as it is").isEqualTo("not a month");
    }

    @Test
    void writesDistancesInMetresUpToOneKilometreAndInKilometresBeyond() {
        assertThat(Formats.metres(42.4, ID)).isEqualTo("42 m");
        assertThat(Formats.metres(0.0, ID)).isEqualTo("0 m");
        assertThat(Formats.metres(999.4, ID)).isEqualTo("999 m");
        assertThat(Formats.metres(999.6, ID)).as("rounds to a kilometre").isEqualTo("1,0 km");
        assertThat(Formats.metres(1000.0, EN)).isEqualTo("1.0 km");
        assertThat(Formats.metres(11372.0, ID)).isEqualTo("11,4 km");
        assertThat(Formats.metres(11372788.0, ID)).isEqualTo("11.372,8 km");
        assertThat(Formats.metres(11372788.0, EN)).isEqualTo("11,372.8 km");
        assertThat(Formats.metres(null, ID)).isEmpty();
    }

    @Test
    void writesAMomentToTheMinuteInWib() {
        assertThat(Formats.dateTimeWib(Instant.parse("2026-03-02T00:25:00Z"))).isEqualTo("02/03/2026 07:25 WIB");
        assertThat(Formats.dateTimeWib(Instant.parse("2026-03-01T17:00:00Z")))
                .as("midnight in Merangin")
                .isEqualTo("02/03/2026 00:00 WIB");
    }
}
