package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.employee.roster.ImportReport;
import id.go.merangin.sapo.employee.roster.RosterImport;
import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.PagedRows;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The ASN in the officer's reach, one page at a time, searched by NIP or name and by account status; a new ASN added
 * by hand, or many from an XLSX/CSV master list with a report of every refused row.
 */
@Named
@ViewScoped
public class AsnListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EmployeeDirectory directory;

    @Inject
    transient EmployeeService employees;

    @Inject
    transient RosterImport roster;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient ActivationCodes activationCodes;

    private String search;
    private AccountStatus status;
    private LazyDataModel<AsnRow> rows;
    private List<OpdRow> opds;

    private String nip;
    private String name;
    private LocalDate birthDate;
    private String opdCode;
    private String position;
    private String rank;

    private ImportReport report;
    private String lettersOpdCode;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(
                () -> directory.count(search, status),
                (first, size) -> directory.page(first, size, search, status),
                AsnRow::employeeId);
        opds = organization.opdsInReach();
        opdCode = opds.isEmpty() ? null : opds.get(0).code();
        lettersOpdCode = opdCode;
    }

    /**
     * Issues a new activation code for every ASN of the chosen OPD who has not registered yet (their older codes stop
     * working) and sends the letters to print, one page each.
     */
    public void printActivationLetters() throws IOException {
        OpdRow opd = opds.stream()
                .filter(row -> row.code().equals(lettersOpdCode))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "no OPD " + lettersOpdCode + " in reach"));
        List<ActivationLetter> letters = activationCodes.issueForUnregistered(opd.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActivationLettersPdf(Messages.bundle(), Faces.getLocale()).write(letters, out);
        Faces.sendFile(out.toByteArray(), "kode-aktivasi-" + opd.code() + ".pdf", true);
    }

    public String getLettersOpdCode() {
        return lettersOpdCode;
    }

    public void setLettersOpdCode(String lettersOpdCode) {
        this.lettersOpdCode = lettersOpdCode;
    }

    public void search() {
        PagedRows.backToFirstPage("asn:rows");
    }

    public void add() {
        employees.addMasterRecord(
                nip == null ? "" : nip.strip().replace(" ", ""), name, birthDate, position, rank, opdCode);
        search = nip;
        nip = null;
        name = null;
        birthDate = null;
        position = null;
        rank = null;
        Messages.info("asn.done.added");
    }

    /** Imports an uploaded master list; the report stays on screen until the next one. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            report = roster.importRoster(content, file.getFileName(), file.getContentType());
        }
        Messages.info("roster.done");
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public LazyDataModel<AsnRow> getRows() {
        return rows;
    }

    public List<OpdRow> getOpds() {
        return opds;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }
}
