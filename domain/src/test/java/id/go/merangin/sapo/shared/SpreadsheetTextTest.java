package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"=HYPERLINK(\"http://evil.example\",\"klik\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"})
    void aCellThatASpreadsheetWouldReadAsAFormulaBecomesText(String text) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siti Aminah, S.Kom.", "DISKOMINFO", "199105292019031005", " =not first", "'quoted"})
    void ordinaryTextStaysAsItIs(String text) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo(text);
    }

    @Test
    void nothingStaysNothing() {
        assertThat(SpreadsheetText.neutralised(null)).isNull();
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
    }
}
