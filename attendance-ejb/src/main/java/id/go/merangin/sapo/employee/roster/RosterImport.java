package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.Employment;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.employee.OpdPostings;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.recap.MonthClose;
import id.go.merangin.sapo.recap.RecapService;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports an ASN master list (XLSX or CSV, as {@link RosterSheetReader} reads it) for the OPDs in the caller's
 * reach: a new NIP becomes a new ASN, a known one has its name, position, rank and OPD corrected. A row naming an
 * OPD that does not exist or is out of reach is refused, like the file's own bad rows, and the report lists each
 * with its line. The accepted rows are stored together, in one transaction, each audited.
 */
@Stateless
public class RosterImport {

    /** A master list of 10,000 ASN as XLSX is well under this. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    public static final String UNKNOWN_OPD = "UNKNOWN_OPD";
    public static final String FORBIDDEN_OPD = "FORBIDDEN_OPD";

    private final RosterSheetReader reader = new RosterSheetReader();

    @Inject
    OfficerScope scope;

    @Inject
    EmployeeRepository employees;

    @Inject
    OpdRepository opds;

    @Inject
    AuditTrail audit;

    @Inject
    RecapService recaps;

    @Inject
    OpdPostings postings;

    @Inject
    MonthClose monthClose;

    @Inject
    Clock clock;

    public ImportReport importRoster(InputStream upload, String fileName, String contentType) {
        Officer officer = scope.current();
        byte[] content = readAtMostTheLimit(upload);
        RosterSheet sheet = reader.read(content, fileName, contentType);
        Map<String, Opd> byCode = opds.findAll().stream().collect(Collectors.toMap(Opd::code, Function.identity()));
        Map<String, Employee> known =
                employees
                        .findByNips(
                                sheet.accepted().stream().map(RosterRow::nip).toList())
                        .stream()
                        .collect(Collectors.toMap(e -> e.nip().value(), Function.identity()));
        List<RejectedRow> rejected = new ArrayList<>(sheet.rejected());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RosterRow row : sheet.accepted()) {
            Opd opd = byCode.get(row.opdCode());
            if (opd == null) {
                rejected.add(new RejectedRow(row.line(), UNKNOWN_OPD, "no OPD with code " + row.opdCode()));
                continue;
            }
            if (!officer.canManage(opd)) {
                rejected.add(new RejectedRow(row.line(), FORBIDDEN_OPD, "OPD " + row.opdCode() + " is out of reach"));
                continue;
            }
            Employee employee = known.get(row.nip().value());
            if (employee == null) {
                Employee fresh = new Employee(row.nip(), row.name(), row.birthDate(), row.position(), row.rank(), opd);
                if (row.appointment() != null || row.end() != null) {
                    try {
                        fresh.changeEmployment(new Employment(
                                row.appointment() != null
                                        ? row.appointment()
                                        : fresh.employment().appointment(),
                                row.end(),
                                row.endReason()));
                    } catch (InvalidInputException e) {
                        rejected.add(new RejectedRow(row.line(), RejectedRow.INVALID_END, e.getMessage()));
                        continue;
                    }
                }
                Employee added = employees.store(fresh);
                audit.record(
                        "EMPLOYEE_CREATED",
                        "Employee",
                        added.id(),
                        AuditDetail.of("nip", added.nip())
                                .and("name", added.name())
                                .and("opd", added.opd().code())
                                .and("file", fileName));
                created++;
                continue;
            }
            if (!officer.canManage(employee.opd())) {
                rejected.add(new RejectedRow(
                        row.line(), FORBIDDEN_OPD, "NIP " + row.nip() + " belongs to an OPD out of reach"));
                continue;
            }
            if (!employee.birthDate().equals(row.birthDate())) {
                rejected.add(new RejectedRow(
                        row.line(),
                        RejectedRow.NIP_BIRTH_DATE_MISMATCH,
                        "birth date " + row.birthDate() + " differs from the record's"));
                continue;
            }
            if (sameAs(employee, row, opd)) {
                unchanged++;
                continue;
            }
            boolean transferred = !employee.opd().id().equals(opd.id());
            LocalDate today = clock.instant().atZone(employee.opd().zone()).toLocalDate();
            // a move to another OPD takes effect on the file's TMT Mutasi, or on the day of the import
            LocalDate movedFrom = row.transferDate() != null ? row.transferDate() : today;
            Employment employment = employee.employment();
            Employment wanted;
            try {
                wanted = new Employment(
                        row.appointment() != null ? row.appointment() : employment.appointment(),
                        row.end() != null ? row.end() : employment.end(),
                        row.end() != null ? row.endReason() : employment.endReason());
            } catch (InvalidInputException e) {
                rejected.add(new RejectedRow(row.line(), RejectedRow.INVALID_END, e.getMessage()));
                continue;
            }
            if (transferred) {
                try {
                    postings.of(employee).requireTransferableOn(movedFrom, today);
                    monthClose.requireOpen(movedFrom, today);
                } catch (SapoException e) {
                    rejected.add(new RejectedRow(row.line(), RejectedRow.INVALID_TRANSFER, e.getMessage()));
                    continue;
                }
            }
            employee.rename(row.name());
            employee.updateJob(row.position(), row.rank());
            if (transferred) {
                postings.transfer(employee, opd, movedFrom, officer.username());
                recaps.reworkFrom(employee, movedFrom);
            }
            employee.changeEmployment(wanted).ifPresent(from -> recaps.reworkFrom(employee, from));
            audit.record(
                    "EMPLOYEE_CHANGED",
                    "Employee",
                    employee.id(),
                    AuditDetail.of("nip", employee.nip())
                            .and("name", employee.name())
                            .and("opd", employee.opd().code())
                            .and("file", fileName));
            updated++;
        }
        rejected.sort(Comparator.comparingInt(RejectedRow::line));
        audit.record(
                "ROSTER_IMPORTED",
                "Roster",
                null,
                AuditDetail.of("file", fileName)
                        .and("created", created)
                        .and("changed", updated)
                        .and("unchanged", unchanged)
                        .and("refused", rejected.size()));
        return new ImportReport(fileName, created, updated, unchanged, List.copyOf(rejected));
    }

    private static boolean sameAs(Employee employee, RosterRow row, Opd opd) {
        return employee.name().equals(row.name())
                && Objects.equals(employee.position(), row.position())
                && Objects.equals(employee.rank(), row.rank())
                && employee.opd().id().equals(opd.id())
                && (row.appointment() == null
                        || row.appointment().equals(employee.employment().appointment()))
                && (row.end() == null
                        || (row.end().equals(employee.employment().end())
                                && row.endReason() == employee.employment().endReason()));
    }

    /** The upload's bytes, read no further than one byte past {@link #MAX_FILE_BYTES}: a larger file is refused. */
    private static byte[] readAtMostTheLimit(InputStream upload) {
        byte[] content;
        try {
            content = upload.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            InvalidInputException unreadable = new InvalidInputException(
                    ProblemCode.UNREADABLE_FILE, "the upload could not be read: " + e.getMessage(), Map.of());
            unreadable.initCause(e);
            throw unreadable;
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(
                    ProblemCode.FILE_TOO_LARGE,
                    "a master list may have at most " + MAX_FILE_BYTES + " bytes",
                    Map.of("maxBytes", MAX_FILE_BYTES));
        }
        return content;
    }
}
