package id.go.merangin.sapo.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.go.merangin.sapo.employee.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T00:25:00Z");

    private static final Map<String, String> RESET_VALUES = Map.of(
            "name",
            "Rahmat Hidayat, S.Kom.",
            "code",
            "483920",
            "minutes",
            "15",
            "url",
            "https://sapo.merangin.go.id/app/#/lupa-sandi");

    @Test
    void writesTheResetCodeInIndonesianWithItsValidityAndWhereToEnterIt() {
        MailText text = MailText.of(
                new Mail("rahmat@merangin.go.id", Language.ID, MailKind.PASSWORD_RESET_CODE, RESET_VALUES),
                MONDAY_MORNING);

        assertThat(text.subject())
                .isEqualTo("Kode untuk mengatur ulang kata sandi SAPO")
                .doesNotContain("483920");
        assertThat(text.body())
                .startsWith("Yth. Rahmat Hidayat, S.Kom.,\n\n")
                .contains("Kode untuk mengatur ulang kata sandi SAPO Anda: 483920\n")
                .contains("Berlaku 15 menit, hanya sekali.")
                .contains("\nhttps://sapo.merangin.go.id/app/#/lupa-sandi\n")
                .contains("Jika Anda tidak memintanya, abaikan email ini; kata sandi Anda tidak berubah.")
                .contains("\n-- \nEmail ini dikirim otomatis oleh SAPO")
                .doesNotContain("{");
    }

    @Test
    void writesTheVerificationCodeInEnglishForAnEnglishAccount() {
        MailText text = MailText.of(
                new Mail("rahmat@merangin.go.id", Language.EN, MailKind.EMAIL_VERIFICATION_CODE, RESET_VALUES),
                MONDAY_MORNING);

        assertThat(text.subject()).isEqualTo("SAPO email verification code");
        assertThat(text.body())
                .startsWith("Dear Rahmat Hidayat, S.Kom.,")
                .contains("Your SAPO email verification code: 483920")
                .contains("valid for 15 minutes, once only")
                .contains("Replies to this address are not read.");
    }

    @Test
    void tellsTheOwnerOfALockedAccountToAskTheAdminWithoutACode() {
        MailText text = MailText.of(
                new Mail("rahmat@merangin.go.id", Language.ID, MailKind.RESET_REFUSED_LOCKED, Map.of("name", "Rahmat")),
                MONDAY_MORNING);

        assertThat(text.subject()).isEqualTo("Kata sandi SAPO Anda tidak dapat diatur ulang");
        assertThat(text.body())
                .contains("dikunci oleh admin OPD")
                .contains("Hubungi admin OPD Anda.")
                .doesNotContainPattern("\\d{4,}");
    }

    @Test
    void namesTheMomentThePasswordChangedInWesternIndonesianTime() {
        Mail mail = new Mail("rahmat@merangin.go.id", Language.ID, MailKind.PASSWORD_CHANGED, Map.of("name", "Rahmat"));

        assertThat(MailText.of(mail, MONDAY_MORNING).body())
                .contains("telah diubah pada 2 Maret 2026 pukul 07.25 WIB.")
                .contains("Jika bukan Anda, segera hubungi admin OPD Anda");
        assertThat(MailText.of(new Mail(mail.to(), Language.EN, mail.kind(), mail.values()), MONDAY_MORNING)
                        .body())
                .contains("was changed on 2 March 2026 at 07:25 WIB.");
    }

    @Test
    void insertsValuesAsTheyAreWithoutReadingPlaceholdersInThem() {
        MailText text = MailText.of(
                new Mail(
                        "rahmat@merangin.go.id",
                        Language.ID,
                        MailKind.PASSWORD_RESET_CODE,
                        Map.of("name", "{code} $1 \\", "code", "111222", "minutes", "15", "url", "u")),
                MONDAY_MORNING);

        assertThat(text.body()).startsWith("Yth. {code} $1 \\,").contains("SAPO Anda: 111222\n");
    }

    @Test
    void refusesAMailThatLacksAValueItsTextNeeds() {
        Mail withoutCode = new Mail(
                "rahmat@merangin.go.id",
                Language.ID,
                MailKind.PASSWORD_RESET_CODE,
                Map.of("name", "Rahmat", "minutes", "15", "url", "https://sapo.merangin.go.id/"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MailText.of(withoutCode, MONDAY_MORNING))
                .withMessage("Mail PASSWORD_RESET_CODE needs the value 'code'");
    }

    @Test
    void everyKindHasItsSubjectAndBodyInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(MailText.BUNDLE, locale);
            for (MailKind kind : MailKind.values()) {
                assertThat(bundle.getString(kind + ".subject"))
                        .as(locale + " " + kind)
                        .isNotBlank();
                assertThat(bundle.getString(kind + ".body"))
                        .as(locale + " " + kind)
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyIndonesianTextHasItsEnglishOne() throws IOException {
        Properties indonesian = own("mail.properties");
        Properties english = own("mail_en.properties");

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian.keySet());
        assertThat(own("mail_id.properties")).isEmpty();
    }

    @Test
    void anIndonesianAccountGetsIndonesianWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            Mail mail =
                    new Mail("rahmat@merangin.go.id", Language.ID, MailKind.PASSWORD_CHANGED, Map.of("name", "Rahmat"));
            assertThat(MailText.of(mail, MONDAY_MORNING).subject()).isEqualTo("Kata sandi SAPO Anda telah diubah");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    private static Properties own(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTextTest.class.getResourceAsStream("/id/go/merangin/sapo/mail/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
