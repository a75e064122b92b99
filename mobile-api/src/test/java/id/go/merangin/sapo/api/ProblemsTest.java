package id.go.merangin.sapo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.merangin.sapo.files.Attachment;
import id.go.merangin.sapo.shared.JpegPhoto;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A problem's answer is a look-up of its code: status, fixed title and the occurrence's detail. */
class ProblemsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void theStatusIsTheCodesWhateverTheExceptionClass() {
        SapoException unknownOpd = new NotFoundException(ProblemCode.UNKNOWN_OPD, "no OPD X");
        SapoException conflict = new SapoException(ProblemCode.DUPLICATE_NIP, "twice");

        assertThat(answer(unknownOpd).getInt("status")).isEqualTo(404);
        assertThat(answer(conflict).getInt("status")).isEqualTo(409);
        assertThat(answer(conflict).getString("code")).isEqualTo("DUPLICATE_NIP");
        assertThat(answer(conflict).getString("type")).isEqualTo("urn:sapo:problem:DUPLICATE_NIP");
    }

    @Test
    void theTitleIsFixedPerCodeAndTheDetailIsTheOccurrence() {
        JsonObject near =
                json(ProblemCode.OUTSIDE_GEOFENCE, Map.of("distanceM", 120.5, "radiusM", 100), Locale.ENGLISH);
        JsonObject far =
                json(ProblemCode.OUTSIDE_GEOFENCE, Map.of("distanceM", 2400.0, "radiusM", 100), Locale.ENGLISH);

        assertThat(near.getString("title")).isEqualTo(far.getString("title")).isEqualTo("Refused by the rules");
        assertThat(near.getString("detail")).contains("120.5 m").isNotEqualTo(far.getString("detail"));
        assertThat(far.getString("detail")).contains("2400.0 m");
        assertThat(near.getJsonNumber("distanceM").doubleValue()).isEqualTo(120.5);
    }

    @Test
    void answersInIndonesianUnlessEnglishIsAsked() {
        JsonObject missing = json(ProblemCode.MISSING_FIELD, Map.of("field", "nip"), INDONESIAN);

        assertThat(missing.getString("title")).isEqualTo("Masukan tidak valid");
        assertThat(missing.getString("detail")).isEqualTo("Kolom nip wajib diisi.");
        assertThat(missing.getString("field")).isEqualTo("nip");
    }

    @Test
    void aPhotoTooLargeIs413AndOneThatIsNoJpeg415() {
        SapoException tooLarge = catchThrowableOfType(SapoException.class, () -> JpegPhoto.of(new byte[300], 200));
        SapoException notJpeg = catchThrowableOfType(
                SapoException.class, () -> JpegPhoto.of("GIF89a...".getBytes(StandardCharsets.US_ASCII), 200));
        SapoException empty = catchThrowableOfType(SapoException.class, () -> JpegPhoto.of(new byte[0], 200));

        assertThat(tooLarge.code()).isEqualTo(ProblemCode.PHOTO_TOO_LARGE);
        assertThat(answer(tooLarge).getInt("status")).isEqualTo(413);
        assertThat(notJpeg.code()).isEqualTo(ProblemCode.PHOTO_NOT_JPEG);
        assertThat(answer(notJpeg).getInt("status")).isEqualTo(415);
        assertThat(empty.code()).isEqualTo(ProblemCode.INVALID_PHOTO);
        assertThat(answer(empty).getInt("status")).isEqualTo(422);
        assertThat(answer(tooLarge).getString("reason")).isEqualTo("TOO_LARGE");
    }

    @Test
    void anAttachmentTooLargeIs413AndOneOfAnotherKind415() {
        SapoException tooLarge = catchThrowableOfType(SapoException.class, () -> Attachment.of(new byte[300], 200));
        SapoException png = catchThrowableOfType(
                SapoException.class, () -> Attachment.of("\u0089PNG....".getBytes(StandardCharsets.ISO_8859_1), 200));
        SapoException empty = catchThrowableOfType(SapoException.class, () -> Attachment.of(new byte[0], 200));

        assertThat(tooLarge.code()).isEqualTo(ProblemCode.ATTACHMENT_TOO_LARGE);
        assertThat(answer(tooLarge).getInt("status")).isEqualTo(413);
        assertThat(png.code()).isEqualTo(ProblemCode.ATTACHMENT_UNSUPPORTED_TYPE);
        assertThat(answer(png).getInt("status")).isEqualTo(415);
        assertThat(empty.code()).isEqualTo(ProblemCode.INVALID_ATTACHMENT);
        assertThat(answer(empty).getInt("status")).isEqualTo(422);
    }

    @Test
    void everyMissingRecordIs404() {
        assertThat(ProblemCode.values())
                .filteredOn(code -> code == ProblemCode.NOT_FOUND || code.name().startsWith("UNKNOWN_"))
                .extracting(ProblemCode::status)
                .containsOnly(404);
    }

    @Test
    void retryAndAuthenticationHeadersFollowTheCode() {
        assertThat(ProblemCode.SERVER_BUSY.retryLater()).isTrue();
        assertThat(ProblemCode.DATABASE_UNAVAILABLE.retryLater()).isTrue();
        assertThat(ProblemCode.TOO_MANY_CODE_REQUESTS.retryLater()).isTrue();
        assertThat(ProblemCode.OUTSIDE_GEOFENCE.retryLater()).isFalse();
        assertThat(ProblemCode.TOKEN_EXPIRED.unauthenticated()).isTrue();
        assertThat(ProblemCode.INVALID_CREDENTIALS.unauthenticated()).isTrue();
        assertThat(ProblemCode.DEVICE_NOT_BOUND.unauthenticated()).isFalse();
    }

    private static JsonObject answer(SapoException e) {
        return json(e.code(), e.details(), INDONESIAN);
    }

    private static JsonObject json(ProblemCode code, Map<String, Object> details, Locale locale) {
        try (var reader = Json.createReader(new StringReader(Problems.json(code, details, locale)))) {
            return reader.readObject();
        }
    }
}
