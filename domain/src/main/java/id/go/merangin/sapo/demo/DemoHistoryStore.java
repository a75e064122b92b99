package id.go.merangin.sapo.demo;

import id.go.merangin.sapo.demo.DemoHistoryRows.Attendance;
import id.go.merangin.sapo.demo.DemoHistoryRows.Leave;
import id.go.merangin.sapo.demo.DemoHistoryRows.ProblemReport;
import id.go.merangin.sapo.demo.DemoHistoryRows.Rebind;
import id.go.merangin.sapo.employee.Employee;
import java.util.List;
import java.util.Map;

/**
 * Where the demo history is written: only what is missing is added (a day's event of a type already there, a leave
 * request overlapping one already there, the pending items once), a batch per statement, in the caller's
 * transaction. Demo data only.
 */
public interface DemoHistoryStore {

    /** How many rows of each kind were added. */
    record Added(int events, int leaveRequests, int problemReports, int rebindRequests) {

        public int facts() {
            return events + leaveRequests + problemReports;
        }
    }

    /** Adds what is missing of the rows of {@code staff} (by employee id), the demo ASN. */
    Added addMissing(
            Map<Long, Employee> staff,
            List<Attendance> attendance,
            List<Leave> leave,
            List<ProblemReport> reports,
            List<Rebind> rebinds);
}
