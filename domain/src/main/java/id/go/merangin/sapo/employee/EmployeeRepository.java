package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.Opd;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the ASN master records are kept, with their past postings. */
public interface EmployeeRepository {

    /** An ASN as a directory lists it: with their OPD, and their account if they have one. */
    record Listed(Employee employee, Account account) {}

    Optional<Employee> find(long id);

    /** The employee {@code id} without reading it: what a new row that names them links to. */
    Employee reference(long id);

    Optional<Employee> findByNip(Nip nip);

    /** The employees with any of these NIPs, with their OPD (for imports: one query per thousand NIPs). */
    List<Employee> findByNips(Collection<Nip> nips);

    /** The employees with any of these ids, with their OPD. */
    List<Employee> findByIds(Collection<Long> ids);

    /**
     * The ASN now posted to the OPD {@code opdId} who work for the regency on some day from {@code from} to
     * {@code until} (see {@link Employment}), with their OPD, by id.
     */
    List<Employee> employedIn(long opdId, LocalDate from, LocalDate until);

    /** The ids of the OPDs that have an active ASN posted to them now. */
    List<Long> opdsWithActiveStaff();

    Employee store(Employee employee);

    /**
     * The employee, locked until the transaction ends: the writes of one ASN (attendance, leave requests, problem
     * reports) run one after another, so a parallel tap or a retry sees what the first one wrote.
     */
    Employee lockForWrites(long id);

    /**
     * A page of the ASN of {@code opdIds}, by name then NIP, found by the start of a NIP or a part of a name
     * ({@code search}, null: all) and by their account's {@code status} (null: any, or no account).
     */
    List<Listed> listed(Collection<Long> opdIds, String search, AccountStatus status, int first, int size);

    /** How many ASN {@link #listed} pages through. */
    long countListed(Collection<Long> opdIds, String search, AccountStatus status);

    /** The past postings of each of {@code employeeIds} that end on {@code from} or later, by employee id. */
    Map<Long, List<Postings.Past<Opd>>> pastPostings(Collection<Long> employeeIds, LocalDate from);

    PastPosting store(PastPosting posting);

    /** The active employees of {@code nips}, with their OPD, in NIP order. */
    List<Employee> activeByNips(Collection<String> nips);
}
