package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormPdfTest {

    private static final List<String> HEADERS = List.of("NIP", "Hasil", "Lokasi");
    private static final List<List<String>> ROWS = List.of(
            List.of("198311112011031008", "Di luar lokasi", "Kantor Badan Kepegawaian dan Pengembangan Sumber Daya"),
            List.of("199205172019032004", "Diterima", "Kantor Dinas Komunikasi dan Informatika"));

    @Test
    void fillsTheWidthGiven() {
        float[] widths = FormPdf.fitted(200, HEADERS, ROWS);

        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(200f, offset(0.01f));
    }

    @Test
    void givesShortTextsTheirWholeLineAndWrapsOnlyTheLongest() {
        float[] widths = FormPdf.fitted(200, HEADERS, ROWS);

        assertThat(widths[0]).isGreaterThanOrEqualTo(FormPdf.fitting("198311112011031008", FormPdf.CELL));
        assertThat(widths[1]).isGreaterThanOrEqualTo(FormPdf.fitting("Di luar lokasi", FormPdf.CELL));
        assertThat(widths[2])
                .as("wraps, but never inside a word")
                .isLessThan(FormPdf.fitting(ROWS.get(0).get(2), FormPdf.CELL))
                .isGreaterThanOrEqualTo(FormPdf.fitting("Pengembangan", FormPdf.CELL));
    }

    @Test
    void givesTheRoomLeftInProportionWhenEveryTextFits() {
        float[] widths = FormPdf.fitted(800, HEADERS, ROWS);

        assertThat(widths[2]).isGreaterThan(FormPdf.fitting(ROWS.get(0).get(2), FormPdf.CELL));
        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(800f, offset(0.01f));
    }

    @Test
    void keepsANipWholeInItsColumn() {
        assertThat(FormPdf.nipWidth()).isGreaterThanOrEqualTo(FormPdf.fitting("999999999999999999", FormPdf.CELL));
    }
}
