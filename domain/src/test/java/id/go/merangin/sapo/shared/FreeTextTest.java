package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    private static String fieldOf(Throwable thrown) {
        assertThat(((SapoException) thrown).code()).isEqualTo(ProblemCode.INVALID_FIELD);
        return (String) ((SapoException) thrown).details().get("field");
    }

    @Test
    void keepsScriptAndSqlExactlyAsTyped() {
        String text = "<script>alert('x')</script> '; DROP TABLE problem_report; --";

        assertThat(FreeText.of(text, "message", 2000)).isEqualTo(text);
    }

    @Test
    void acceptsTheLastCharacterAndRefusesOneMore() {
        assertThat(FreeText.of("a".repeat(2000), "message", 2000)).hasSize(2000);
        assertThatThrownBy(() -> FreeText.of("a".repeat(2001), "message", 2000))
                .extracting(FreeTextTest::fieldOf)
                .isEqualTo("message");
    }

    @Test
    void countsAnEmojiAsOneCharacterAsTheDatabaseDoes() {
        String emoji = "\uD83D\uDE4F";

        assertThat(FreeText.of(emoji.repeat(10), "reason", 10)).hasSize(20);
        assertThatThrownBy(() -> FreeText.of(emoji.repeat(11), "reason", 10))
                .extracting(FreeTextTest::fieldOf)
                .isEqualTo("reason");
    }

    @Test
    void refusesMissingOrBlankText() {
        assertThatThrownBy(() -> FreeText.of(null, "reason", 10))
                .extracting(FreeTextTest::fieldOf)
                .isEqualTo("reason");
        assertThatThrownBy(() -> FreeText.of(" \n\t", "reason", 10))
                .extracting(FreeTextTest::fieldOf)
                .isEqualTo("reason");
    }

    @Test
    void refusesTheNulCharacter() {
        assertThatThrownBy(() -> FreeText.of("sakit\u0000", "reason", 10))
                .extracting(FreeTextTest::fieldOf)
                .isEqualTo("reason");
    }
}
