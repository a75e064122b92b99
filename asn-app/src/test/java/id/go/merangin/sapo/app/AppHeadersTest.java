package id.go.merangin.sapo.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppHeadersTest {

    @Test
    void allowsScriptsOnlyFromTheAppAndPicturesFromTheTileServer() {
        String policy = AppHeaders.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(policy)
                .contains("script-src 'self';")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .contains("img-src 'self' blob: data: https://tile.openstreetmap.org;")
                .contains("connect-src 'self';")
                .contains("frame-ancestors 'none'");
    }

    @Test
    void takesTheRegencysOwnTileServerWithItsPortAndSubdomains() {
        assertThat(AppHeaders.contentSecurityPolicy("http://10.1.2.3:8081/tiles/{z}/{x}/{y}.png"))
                .contains("img-src 'self' blob: data: http://10.1.2.3:8081;");
        assertThat(AppHeaders.contentSecurityPolicy("https://{s}.tiles.merangin.go.id/{z}/{x}/{y}.png"))
                .contains("img-src 'self' blob: data: https://*.tiles.merangin.go.id;");
    }

    @Test
    void allowsNoOtherPictureSourceWithoutTilesOrWithANonsenseUrl() {
        assertThat(AppHeaders.contentSecurityPolicy("")).contains("img-src 'self' blob: data:;");
        assertThat(AppHeaders.contentSecurityPolicy("javascript:alert(1)")).contains("img-src 'self' blob: data:;");
    }

    @Test
    void keepsLibrariesAYearIconsAWeekAndChecksTheRestOnEachLoad() {
        assertThat(AppHeaders.cacheControl("/webjars/leaflet/1.9.4/dist/leaflet.js"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(AppHeaders.cacheControl("/icons/icon-192.png")).isEqualTo("public, max-age=604800");
        assertThat(AppHeaders.cacheControl("/index.html")).isEqualTo("no-cache");
        assertThat(AppHeaders.cacheControl("/sw.js")).isEqualTo("no-cache");
        assertThat(AppHeaders.cacheControl("/js/main.js")).isEqualTo("no-cache");
    }
}
