package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.DaysVersion;
import id.go.merangin.sapo.shared.KeptUntilChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every version of the {@link RuleSet} (the built-in defaults and BKPSDMD's), and which one a month is worked out
 * with: a locked month the version it was locked with, whatever BKPSDMD added since; any other month the version in
 * force on its first day. The one place that answers "which rules?" for the recap, the daily codes, the ladder and
 * the check-in's integrity flags.
 *
 * <p>The versions are few and read by every check-in, so they are kept until a change to the days commits (adding a
 * version fires {@link DaysChanged} for everyone from its first day).
 */
@ApplicationScoped
public class RuleBook {

    @Inject
    RuleSetRepository stored;

    @Inject
    MonthCloseRepository locks;

    @Inject
    DaysVersion version;

    private final KeptUntilChange<Boolean, List<RuleSet>> kept = new KeptUntilChange<>(1, () -> version.current());

    /** Every version, oldest first, starting with the built-in defaults. */
    public List<RuleSet> versions() {
        return kept.get(Boolean.TRUE, any -> {
            List<RuleSet> versions = new ArrayList<>(List.of(RuleSet.DEFAULT));
            stored.findAll().stream().map(StoredRuleSet::toRules).forEach(versions::add);
            versions.sort(Comparator.comparing(RuleSet::validFrom));
            return List.copyOf(versions);
        });
    }

    /** The version {@code month} is worked out and priced with: the one it was locked with, or the one in force. */
    public RuleSet forMonth(YearMonth month) {
        Optional<String> lockedWith = locks.rulesVersionOf(month);
        if (lockedWith.isPresent()) {
            return versions().stream()
                    .filter(rules -> rules.version().equals(lockedWith.get()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            month + " was locked with rules " + lockedWith.get() + ", which are no longer kept"));
        }
        return inForce(month);
    }

    /**
     * The version in force for {@code month}, whether or not it is locked: for what happens now (a check-in's
     * flags) and for what a lock will store.
     */
    public RuleSet inForce(YearMonth month) {
        return RuleSet.inForce(month, versions()).orElse(RuleSet.DEFAULT);
    }

    /** The same for the month of {@code date}. */
    public RuleSet inForceOn(LocalDate date) {
        return inForce(YearMonth.from(date));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) DaysChanged change) {
        if (change.employeeId() == null && change.opdId() == null) {
            kept.forget();
        }
    }
}
