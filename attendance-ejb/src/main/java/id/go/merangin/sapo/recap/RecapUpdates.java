package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.shared.DaysChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps the kept daily codes true when what decides them changes after the fact, in the changing transaction: one
 * ASN's days (an approval, a manual attendance, a personal schedule) are worked out again at once; an OPD's or the
 * regency's (a schedule, a holiday) are forgotten, to be worked out when next read or by the nightly run. Locked
 * months are left as they are.
 */
@Stateless
public class RecapUpdates {

    @Inject
    EmployeeRepository employees;

    @Inject
    RecapService recaps;

    @Inject
    DailyCodeRepository store;

    public void onChange(@Observes DaysChanged change) {
        if (change.employeeId() != null) {
            employees
                    .find(change.employeeId())
                    .ifPresent(employee -> recaps.recompute(employee, change.from(), change.until()));
        } else {
            store.forget(change.opdId(), change.from(), change.until());
        }
    }
}
