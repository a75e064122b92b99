package id.go.merangin.sapo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static final byte[] BYTES =
            "a selfie's bytes, long enough to wrap over lines".getBytes(StandardCharsets.UTF_8);

    @Test
    void plainBase64IsDecoded() {
        assertThat(Fields.photo(Base64.getEncoder().encodeToString(BYTES))).isEqualTo(BYTES);
    }

    @Test
    void base64WrappedOverLinesIsDecodedToo() {
        String wrapped = Base64.getMimeEncoder(16, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(BYTES);
        assertThat(wrapped).contains("\r\n");

        assertThat(Fields.photo(wrapped)).isEqualTo(BYTES);
        assertThat(Fields.attachment(" " + wrapped.replace("\r\n", "\n") + "\n"))
                .isEqualTo(BYTES);
    }

    @Test
    void absentStaysAbsentAndEmptyIsLeftToThePhotoCheck() {
        assertThat(Fields.photo(null)).isNull();
        assertThat(Fields.attachment(null)).isNull();
        assertThat(Fields.photo("")).isEmpty();
    }

    @Test
    void whatIsNoBase64IsRefusedNamingTheField() {
        for (String notBase64 : new String[] {"not base64!", "bm90 IGJh*c2U2NA==", "abcde"}) {
            assertThatThrownBy(() -> Fields.photo(notBase64)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.code()).isEqualTo(ProblemCode.INVALID_PHOTO);
                assertThat(e.details()).containsEntry("reason", "NOT_BASE64");
            });
            assertThatThrownBy(() -> Fields.attachment(notBase64))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_ATTACHMENT));
        }
    }
}
