package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void keepsAnIdFromTheProxyThatLooksLikeOne() {
        assertThat(RequestIdFilter.idOf("7f3a9c2e-01.haproxy_1")).isEqualTo("7f3a9c2e-01.haproxy_1");
        assertThat(RequestIdFilter.idOf("a".repeat(64))).isEqualTo("a".repeat(64));
    }

    @Test
    void replacesAMissingEmptyLongOrStrangeOne() {
        assertThat(RequestIdFilter.idOf(null)).matches("[0-9a-f]{24}");
        assertThat(RequestIdFilter.idOf("")).matches("[0-9a-f]{24}");
        assertThat(RequestIdFilter.idOf("a".repeat(65))).matches("[0-9a-f]{24}");
        assertThat(RequestIdFilter.idOf("x\r\nSet-Cookie: a=b")).matches("[0-9a-f]{24}");
        assertThat(RequestIdFilter.idOf("<script>")).matches("[0-9a-f]{24}");
    }

    @Test
    void givesEveryRequestWithoutOneItsOwn() {
        assertThat(RequestIdFilter.idOf(null)).isNotEqualTo(RequestIdFilter.idOf(null));
    }
}
