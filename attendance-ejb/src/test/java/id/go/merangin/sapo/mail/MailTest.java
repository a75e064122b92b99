package id.go.merangin.sapo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.employee.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTest {

    @Test
    void showsNeitherTheCodeNorTheWholeAddressWhenPrinted() {
        Mail mail = new Mail(
                "rahmat.hidayat@merangin.go.id",
                Language.ID,
                MailKind.PASSWORD_RESET_CODE,
                Map.of("name", "Rahmat", "code", "483920", "minutes", "15", "url", "https://sapo.merangin.go.id/"));

        assertThat(mail.toString())
                .contains("r***@merangin.go.id", "PASSWORD_RESET_CODE", "code")
                .doesNotContain("483920", "rahmat.hidayat", "Rahmat");
    }

    @Test
    void masksAnAddressToItsFirstLetterAndDomain() {
        assertThat(Mail.masked("budi@dinkes.merangin.go.id")).isEqualTo("b***@dinkes.merangin.go.id");
        assertThat(Mail.masked("not-an-address")).isEqualTo("***");
        assertThat(Mail.masked("@merangin.go.id")).isEqualTo("***");
    }
}
