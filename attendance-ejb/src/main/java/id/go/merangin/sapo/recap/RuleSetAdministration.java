package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * BKPSDMD's rule sets: the versions so far (the built-in defaults first) and a new version from the first day of a
 * month that is not locked. A version is never edited: a correction is a new version, so every month's codes and
 * deductions keep naming the rules that produced them. Adding one works out again, under it, every day kept from its
 * first day on (outside the locked months).
 */
@Stateless
public class RuleSetAdministration {

    @Inject
    OfficerScope scope;

    @Inject
    RuleBook book;

    @Inject
    MonthClose close;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DaysChanged> daysChanged;

    @Inject
    RuleSetRepository stored;

    @Inject
    Clock clock;

    /** Every version, oldest first, starting with the built-in defaults. */
    public List<RuleSet> versions() {
        scope.current();
        return book.versions();
    }

    /** Adds a version that takes effect from {@code rules.validFrom()}, the first day of a month not yet locked. */
    public void add(RuleSet rules) {
        Officer officer = scope.current();
        officer.requireBkpsdmd();
        if (rules.validFrom().getDayOfMonth() != 1) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_RULE_SET,
                    "a version takes effect on the first day of" + " a month",
                    Map.of("field", "validFrom"));
        }
        close.requireOpen(YearMonth.from(rules.validFrom()));
        boolean taken = book.versions().stream()
                .anyMatch(existing -> existing.version().equals(rules.version())
                        || existing.validFrom().equals(rules.validFrom()));
        if (taken) {
            throw new ConflictException(
                    ProblemCode.DUPLICATE_RULE_SET,
                    "a version named " + rules.version() + " or taking effect on " + rules.validFrom()
                            + " exists already");
        }
        stored.add(new StoredRuleSet(rules, officer.username(), clock.instant()));
        AuditDetail detail = AuditDetail.of("validFrom", rules.validFrom());
        rules.percents().forEach((code, percent) -> detail.percent(code.name(), percent));
        detail.percent("cap", rules.monthlyCapPercent());
        rules.leaveCosts().forEach((type, percent) -> detail.percent(type.name(), percent));
        DayRules day = rules.day();
        detail.and(
                        "bands",
                        day.bands().tier1Max() + "/" + day.bands().tier2Max() + "/"
                                + day.bands().tier3Max())
                .and("makeUp", day.makeUpEnabled() ? day.makeUpLimitMinutes() : "-")
                .and(
                        "ladder",
                        day.ladder().steps().stream()
                                .map(step -> step.days() + " " + step.sanction())
                                .collect(Collectors.joining(", ")))
                .and("minutesPerDay", day.ladder().minutesPerDay())
                .and(
                        "missingEventMinutes",
                        day.ladder().missingEventMinutes() == null
                                ? "-"
                                : day.ladder().missingEventMinutes())
                .and("dismissalRunDays", day.ladder().consecutiveDaysForDismissal())
                .and("maxClockSkewMinutes", rules.integrity().maxClockSkewMinutes())
                .and("maxTravelKmh", rules.integrity().maxTravelKmh());
        audit.record("RULE_SET_ADDED", "RuleSet", rules.version(), detail);
        // every day kept from the first day on is worked out again under the new version
        daysChanged.fire(DaysChanged.ofEveryone(rules.validFrom(), DaysChanged.END_OF_TIME));
    }
}
