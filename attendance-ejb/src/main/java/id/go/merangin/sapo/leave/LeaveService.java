package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.AuthenticatedAsn;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.files.Attachment;
import id.go.merangin.sapo.files.FilePurpose;
import id.go.merangin.sapo.files.StoredFile;
import id.go.merangin.sapo.files.StoredFileRepository;
import id.go.merangin.sapo.recap.MonthClose;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.FreeText;
import id.go.merangin.sapo.shared.IdempotencyKey;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leave requests: an ASN submits one (with a letter attached where the kind of leave needs one) and reads their
 * own; the admin OPD or pimpinan decides it through {@link LeaveReview}. A request may not overlap another of the same
 * ASN that is pending or approved. An ASN asking for a request that is not theirs is told it does not exist.
 */
@Stateless
public class LeaveService {

    static final int MAX_DAYS = 366;
    static final int MAX_REASON_LENGTH = 1000;

    @Inject
    LeaveRequestRepository requests;

    @Inject
    EmployeeRepository employees;

    @Inject
    StoredFileRepository files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    MonthClose monthClose;

    /** Submits a request without an attachment (see the next method) and answers its id. */
    public long submit(AuthenticatedAsn asn, LeaveType type, LocalDate startDate, LocalDate endDate, String reason) {
        return submit(asn, type, startDate, endDate, null, reason, null, null).id();
    }

    /**
     * Submits a pending request for the days {@code startDate} to {@code endDate} (both inclusive), or a part-day
     * permit for one day at {@code permitTime}. {@code attachment}, if not null, must be a PDF or a JPEG of at most
     * {@link Attachment#MAX_BYTES}; it is kept as a private file of the ASN with the request. Nothing is stored when
     * any check fails. A request may not overlap another pending or approved one, except that the two kinds of
     * part-day permit may share a day (arriving later and leaving earlier).
     */
    public LeaveRequestView submit(
            AuthenticatedAsn asn,
            LeaveType type,
            LocalDate startDate,
            LocalDate endDate,
            LocalTime permitTime,
            String reason,
            byte[] attachment,
            String idempotencyKey) {
        Optional<String> key = IdempotencyKey.optional(idempotencyKey);
        if (endDate.isBefore(startDate)) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_DATES, "endDate is before startDate", Map.of("field", "endDate"));
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) >= MAX_DAYS) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_DATES,
                    "a request may cover at most " + MAX_DAYS + " days",
                    Map.of("field", "endDate"));
        }
        LeaveRequest.requireValidPermit(type, startDate, endDate, permitTime);
        String text = FreeText.of(reason, "reason", MAX_REASON_LENGTH).strip();
        Attachment letter = attachment == null ? null : Attachment.of(attachment, Attachment.MAX_BYTES);

        Employee employee = employees.lockForWrites(asn.employeeId());
        Optional<LeaveRequest> retried = key.flatMap(k -> requests.byIdempotencyKey(employee.id(), k));
        if (retried.isPresent()) {
            return LeaveRequestView.of(retried.get());
        }
        monthClose.requireOpen(startDate, endDate);
        List<LeaveRequest> overlapping = requests.pendingOrApprovedBetween(employee.id(), startDate, endDate).stream()
                .filter(other -> !(type.partDay() && other.type().partDay() && other.type() != type))
                .toList();
        if (!overlapping.isEmpty()) {
            LeaveRequest other = overlapping.get(0);
            throw new ConflictException(
                    ProblemCode.LEAVE_OVERLAPS,
                    "the dates overlap leave request " + other.id(),
                    Map.of(
                            "overlappingId",
                            other.id(),
                            "overlappingType",
                            other.type().name(),
                            "overlappingStartDate",
                            other.startDate().toString(),
                            "overlappingEndDate",
                            other.endDate().toString(),
                            "overlappingState",
                            other.state().name()));
        }
        StoredFile file = letter == null
                ? null
                : files.store(new StoredFile(
                        employee,
                        FilePurpose.LEAVE_ATTACHMENT,
                        letter.contentType(),
                        letter.bytes(),
                        letter.sha256(),
                        clock.instant()));
        LeaveRequest request = requests.store(
                new LeaveRequest(employee, type, startDate, endDate, permitTime, text, file, clock.instant())
                        .answeringKey(key.orElse(null)));
        return LeaveRequestView.of(request);
    }

    /** The ASN's own requests, the latest dates first. */
    public List<LeaveRequestView> mine(AuthenticatedAsn asn) {
        Employee employee = employees.find(asn.employeeId()).orElseThrow();
        return requests.of(employee).stream().map(LeaveRequestView::of).toList();
    }

    /** One of the ASN's own requests; another ASN's answers {@code NOT_FOUND} like a missing one. */
    public LeaveRequestView get(AuthenticatedAsn asn, long requestId) {
        return requests.find(requestId)
                .filter(request -> request.employee().id() == asn.employeeId())
                .map(LeaveRequestView::of)
                .orElseThrow(() -> new NotFoundException(
                        ProblemCode.NOT_FOUND, "no leave request " + requestId + " of employee " + asn.employeeId()));
    }
}
