package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * The close of a month: the admin OPD verifies its OPD's recap once corrections are done, then BKPSDMD locks the
 * month. A locked month never changes: {@link #requireOpen} refuses a later approval, manual attendance or request
 * for it with {@code MONTH_LOCKED}. Only a month that is over can be closed; unlocking is BKPSDMD's alone. All
 * audited.
 */
@Stateless
public class MonthClose {

    @Inject
    OfficerScope scope;

    @Inject
    OpdRepository opds;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    MonthCloseRepository locks;

    @Inject
    RecapRun run;

    @Inject
    RecapService recaps;

    /** The admin OPD (or BKPSDMD) says the OPD's recap of {@code month} is right. */
    public void verify(long opdId, YearMonth month) {
        Officer officer = scope.current();
        Opd opd = opds.find(opdId).orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "no OPD " + opdId));
        officer.requireManage(opd);
        requireOver(month);
        requireOpen(month);
        locks.verify(opdId, month, officer.username(), clock.instant());
        audit.record("MONTH_VERIFIED", "Opd", opdId, AuditDetail.of("month", month));
    }

    /**
     * BKPSDMD locks {@code month} for the whole regency, after working out and keeping every ASN's days of the
     * month once more: what is kept then is what the month's recap, exports and TPP say from now on.
     */
    public void lock(YearMonth month) {
        Officer officer = scope.current();
        officer.requireBkpsdmd();
        requireOver(month);
        requireOpen(month);
        run.recomputeMonth(month);
        // the prices too: a version BKPSDMD adds later never re-prices a locked month
        String rulesVersion = recaps.rulesFor(month).version();
        locks.lock(month, officer.username(), clock.instant(), rulesVersion);
        audit.record("MONTH_LOCKED", "Month", month, AuditDetail.of("rulesVersion", rulesVersion));
    }

    /** BKPSDMD opens a locked month again, e.g. after a court ruling; audited like the lock. */
    public void unlock(YearMonth month) {
        Officer officer = scope.current();
        officer.requireBkpsdmd();
        if (!locks.unlock(month)) {
            throw new ConflictException(ProblemCode.MONTH_NOT_LOCKED, month + " is not locked");
        }
        audit.record("MONTH_UNLOCKED", "Month", month, null);
    }

    public boolean isLocked(YearMonth month) {
        return locks.isLocked(month);
    }

    /**
     * Whether the officer may verify {@code opd}'s recap of {@code month} now, as {@link #verify} would accept it: an
     * OPD they manage, a month that is over and not locked.
     */
    public boolean canVerify(Opd opd, YearMonth month) {
        return scope.current().canManage(opd) && isOver(month) && !isLocked(month);
    }

    /** The OPDs among {@code opdIds} whose recap of {@code month} is verified, with who verified it. */
    public Map<Long, String> verifiedOpds(YearMonth month, Collection<Long> opdIds) {
        return locks.verifiedOpds(month, opdIds);
    }

    /** Refuses a change to {@code month} once it is locked. */
    public void requireOpen(YearMonth month) {
        if (isLocked(month)) {
            throw new ConflictException(
                    ProblemCode.MONTH_LOCKED,
                    month + " is locked by BKPSDMD; ask BKPSDMD to unlock it",
                    Map.of("month", month.toString()));
        }
    }

    /** Refuses a change to any day from {@code from} to {@code until} in a locked month. */
    public void requireOpen(LocalDate from, LocalDate until) {
        for (YearMonth month = YearMonth.from(from);
                !month.isAfter(YearMonth.from(until));
                month = month.plusMonths(1)) {
            requireOpen(month);
        }
    }

    private void requireOver(YearMonth month) {
        if (!isOver(month)) {
            throw new InvalidInputException(
                    ProblemCode.MONTH_NOT_OVER, month + " is not over yet", Map.of("month", month.toString()));
        }
    }

    private boolean isOver(YearMonth month) {
        return month.isBefore(YearMonth.from(clock.instant().atZone(Opd.DEFAULT_ZONE)));
    }
}
