package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.employee.Employee;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where problem reports and their answers are kept. */
public interface ProblemReportRepository {

    ProblemReport store(ProblemReport report);

    Optional<ProblemReport> byIdempotencyKey(long employeeId, String key);

    Optional<ProblemReport> find(long id);

    /** The reports of {@code employee}, newest first. */
    List<ProblemReport> of(Employee employee);

    /**
     * A page of the reports of the ASN of {@code opdIds} in {@code status} (null: any), with their ASN, OPD and
     * attempt: the open ones first, then the newest.
     */
    List<ProblemReport> ofOpds(Collection<Long> opdIds, ProblemStatus status, int first, int size);

    /** How many reports {@link #ofOpds} pages through. */
    long countOfOpds(Collection<Long> opdIds, ProblemStatus status);
}
