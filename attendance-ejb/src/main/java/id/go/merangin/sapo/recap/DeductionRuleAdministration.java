package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * BKPSDMD's deduction rules: the versions so far (the built-in defaults first) and a new version from the first day
 * of a month that is not locked. A version is never edited: a correction is a new version, so every month's
 * deductions keep naming the rules that produced them.
 */
@Stateless
public class DeductionRuleAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerScope scope;

    @Inject
    MonthClose close;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every version, oldest first, starting with the built-in defaults. */
    public List<DeductionRules> versions() {
        scope.current();
        List<DeductionRules> versions = new ArrayList<>(List.of(DeductionRules.DEFAULT));
        em.createQuery("select r from DeductionRuleSet r", DeductionRuleSet.class).getResultStream()
                .map(DeductionRuleSet::toRules)
                .forEach(versions::add);
        versions.sort(Comparator.comparing(DeductionRules::validFrom));
        return versions;
    }

    /** Adds a version that takes effect from {@code rules.validFrom()}, the first day of a month not yet locked. */
    public void add(DeductionRules rules) {
        Officer officer = scope.current();
        officer.requireBkpsdmd();
        if (rules.validFrom().getDayOfMonth() != 1) {
            throw new InvalidInputException("INVALID_DEDUCTION_RULES", "a version takes effect on the first day of"
                    + " a month", Map.of("field", "validFrom"));
        }
        close.requireOpen(YearMonth.from(rules.validFrom()));
        boolean taken = versions().stream().anyMatch(existing -> existing.version().equals(rules.version())
                || existing.validFrom().equals(rules.validFrom()));
        if (taken) {
            throw new ConflictException("DUPLICATE_DEDUCTION_RULES", "a version named " + rules.version()
                    + " or taking effect on " + rules.validFrom() + " exists already");
        }
        DeductionRuleSet stored = new DeductionRuleSet(rules, officer.username(), clock.instant());
        em.persist(stored);
        AuditDetail detail = AuditDetail.of("validFrom", rules.validFrom());
        rules.percents().forEach((code, percent) -> detail.percent(code.name(), percent));
        audit.record("DEDUCTION_RULES_ADDED", "DeductionRules", rules.version(),
                detail.percent("cap", rules.monthlyCapPercent()));
    }
}
