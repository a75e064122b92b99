package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptUntilChangeTest {

    private final AtomicInteger workedOut = new AtomicInteger();

    private String workOut(String key) {
        return key + "#" + workedOut.incrementAndGet();
    }

    @Test
    void worksAValueOutOnceAndKeepsIt() {
        KeptUntilChange<String, String> kept = new KeptUntilChange<>(8);

        assertThat(kept.get("a", this::workOut)).isEqualTo("a#1");
        assertThat(kept.get("a", this::workOut)).isEqualTo("a#1");
        assertThat(kept.get("b", this::workOut)).isEqualTo("b#2");
        assertThat(workedOut).hasValue(2);
    }

    @Test
    void worksItOutAgainAfterAChange() {
        KeptUntilChange<String, String> kept = new KeptUntilChange<>(8);
        kept.get("a", this::workOut);

        kept.forget();

        assertThat(kept.get("a", this::workOut)).isEqualTo("a#2");
        assertThat(kept.get("a", this::workOut)).isEqualTo("a#2");
    }

    @Test
    void doesNotKeepAValueWorkedOutWhileAChangeCommitted() {
        KeptUntilChange<String, String> kept = new KeptUntilChange<>(8);

        String during = kept.get("a", key -> {
            String stale = workOut(key);
            kept.forget();
            return stale;
        });

        assertThat(during).isEqualTo("a#1");
        assertThat(kept.get("a", this::workOut)).isEqualTo("a#2");
    }

    @Test
    void worksItOutAgainWhenAnotherServerMovedTheVersionOn() {
        AtomicLong version = new AtomicLong(1);
        KeptUntilChange<String, String> kept = new KeptUntilChange<>(8, version::get);
        kept.get("a", this::workOut);
        assertThat(kept.get("a", this::workOut)).isEqualTo("a#1");

        version.set(2);

        assertThat(kept.get("a", this::workOut)).isEqualTo("a#2");
        assertThat(kept.get("a", this::workOut)).isEqualTo("a#2");
    }

    @Test
    void doesNotKeepWhatIsWorkedOutAtAnOlderVersionNorDropTheNewer() {
        AtomicLong version = new AtomicLong(5);
        KeptUntilChange<String, String> kept = new KeptUntilChange<>(8, version::get);
        kept.get("a", this::workOut);

        version.set(4);
        assertThat(kept.get("b", this::workOut)).isEqualTo("b#2");
        assertThat(kept.get("b", this::workOut)).isEqualTo("b#3");

        version.set(5);
        assertThat(kept.get("a", this::workOut)).isEqualTo("a#1");
    }

    @Test
    void keepsNothingForATransactionThatChangesTheDays() {
        AtomicLong version = new AtomicLong(3);
        KeptUntilChange<String, String> kept = new KeptUntilChange<>(8, version::get);
        kept.get("a", this::workOut);

        version.set(DaysVersion.DO_NOT_KEEP);
        assertThat(kept.get("b", this::workOut)).isEqualTo("b#2");

        version.set(3);
        assertThat(kept.get("b", this::workOut)).isEqualTo("b#3");
        assertThat(kept.get("a", this::workOut)).isEqualTo("a#1");
    }

    @Test
    void dropsEverythingWhenFull() {
        KeptUntilChange<Integer, String> kept = new KeptUntilChange<>(2);
        kept.get(1, key -> "one");
        kept.get(2, key -> "two");

        kept.get(3, key -> "three");

        assertThat(kept.get(1, key -> "one again")).isEqualTo("one again");
        assertThat(kept.get(3, key -> "three again")).isEqualTo("three");
    }

    @Test
    void keepsAtLeastOne() {
        assertThatThrownBy(() -> new KeptUntilChange<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
