package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.Formats;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** The months a recap screen offers: the current one and the twelve before it; it opens on the last one over. */
final class RecapMonths {

    private RecapMonths() {}

    /** The last month that is over, in the regency's zone, as yyyy-MM. */
    static String lastOver(Clock clock) {
        return YearMonth.now(clock.withZone(Formats.WIB)).minusMonths(1).toString();
    }

    /** This month and the twelve before it, newest first, as yyyy-MM. */
    static List<String> offered(Clock clock) {
        YearMonth current = YearMonth.now(clock.withZone(Formats.WIB));
        return IntStream.range(0, 13)
                .mapToObj(i -> current.minusMonths(i).toString())
                .toList();
    }
}
