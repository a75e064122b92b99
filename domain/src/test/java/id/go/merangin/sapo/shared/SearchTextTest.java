package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void matchesTypedWildcardsLiterally() {
        assertThat(SearchText.containing(" 50%_off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void comparesNamesInLowerCase() {
        assertThat(SearchText.containing("Rahmat")).isEqualTo("%rahmat%");
    }

    @Test
    void startsWithWhatWasTyped() {
        assertThat(SearchText.startingWith("19850315")).isEqualTo("19850315%");
    }

    @Test
    void blankIsNoSearch() {
        assertThat(SearchText.present(null)).isFalse();
        assertThat(SearchText.present("  ")).isFalse();
        assertThat(SearchText.present("a")).isTrue();
    }
}
