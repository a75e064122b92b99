package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.SapoException;
import org.junit.jupiter.api.Test;

class ClientAppTest {

    private static String code(Throwable e) {
        return ((SapoException) e).code().name();
    }

    @Test
    void readsTheWebAppAndAnotherAppWithTheirVersions() {
        assertThat(ClientApp.fromHeader("SAPO-Web/1.0.0-SNAPSHOT"))
                .contains(new ClientApp("SAPO-Web", "1.0.0-SNAPSHOT"));
        assertThat(ClientApp.fromHeader("sapo-android/2.3.1+45")).get().hasToString("sapo-android/2.3.1+45");
    }

    @Test
    void isEmptyWithoutTheHeader() {
        assertThat(ClientApp.fromHeader(null)).isEmpty();
        assertThat(ClientApp.fromHeader(" ")).isEmpty();
    }

    @Test
    void refusesAHeaderThatIsNotNameSlashVersion() {
        for (String header : new String[] {
            "SAPO-Web", "SAPO Web/1.0", "/1.0", "SAPO-Web/", "<b>x</b>/1", "a/" + "1".repeat(31), "SAPO-Web/1.0 (Linux)"
        }) {
            assertThatThrownBy(() -> ClientApp.fromHeader(header))
                    .as(header)
                    .extracting(ClientAppTest::code)
                    .isEqualTo("INVALID_CLIENT");
        }
    }

    @Test
    void takesSixtyCharactersAtMost() {
        String longest = "a" + "b".repeat(29) + "/" + "1".repeat(29);
        assertThat(ClientApp.fromHeader(longest)).isPresent();
    }
}
