package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.employee.Employee;
import java.util.List;
import java.util.Optional;

/** Where problem reports and their answers are kept. */
public interface ProblemReportRepository {

    ProblemReport store(ProblemReport report);

    Optional<ProblemReport> byIdempotencyKey(long employeeId, String key);

    Optional<ProblemReport> find(long id);

    /** The reports of {@code employee}, newest first. */
    List<ProblemReport> of(Employee employee);
}
