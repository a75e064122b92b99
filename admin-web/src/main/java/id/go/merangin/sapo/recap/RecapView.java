package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * One OPD's monthly recap (Rekap Bulanan), one page of ASN at a time, each traced day by day to its deductions; the
 * admin OPD (or BKPSDMD) verifies it and downloads it. Opens on the last month that is over. The month's lock and
 * the recap of every OPD are on {@link RecapSummaryView}'s page.
 */
@Named
@ViewScoped
public class RecapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecapQueries recaps;

    @Inject
    transient MonthClose close;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient Clock clock;

    private List<OpdRow> opds;
    private Long opdId;
    private String month;
    private LazyDataModel<RecapRow> rows;
    private RecapQueries.CloseStatus status;
    private RecapDetail detail;
    private List<RecapDayLine> detailDays = List.of();

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        opdId = opds.isEmpty() ? null : opds.get(0).id();
        month = RecapMonths.lastOver(clock);
        rows = new PagedRows<>(
                () -> opdId == null ? 0 : recaps.count(opdId, yearMonth()),
                (first, size) -> opdId == null ? List.of() : recaps.page(opdId, yearMonth(), first, size),
                RecapRow::employeeId);
        refreshStatus();
    }

    public void show() {
        PagedRows.backToFirstPage("recap:rows");
        refreshStatus();
    }

    public void verify() {
        close.verify(opdId, yearMonth());
        refreshStatus();
        Messages.info("recap.done.verified");
    }

    /** Opens one ASN's month, day by day with its deductions. */
    public void showDetail(long employeeId) {
        detail = recaps.detail(employeeId, opdId, yearMonth());
        detailDays = RecapDayLine.of(detail.summary(), Formats.locale());
    }

    /** Sends the chosen OPD's month in {@code form} (XLSX, PDF or TPP_CSV). */
    public void export(RecapDownload.Form form) throws IOException {
        RecapDownload.send(recaps.report(opdId, yearMonth()), form);
    }

    private void refreshStatus() {
        status = opdId == null ? null : recaps.status(opdId, yearMonth());
    }

    private YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    public List<String> getMonths() {
        return RecapMonths.offered(clock);
    }

    public List<OpdRow> getOpds() {
        return opds;
    }

    public Long getOpdId() {
        return opdId;
    }

    public void setOpdId(Long opdId) {
        this.opdId = opdId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public LazyDataModel<RecapRow> getRows() {
        return rows;
    }

    public RecapQueries.CloseStatus getStatus() {
        return status;
    }

    public RecapDetail getDetail() {
        return detail;
    }

    public List<RecapDayLine> getDetailDays() {
        return detailDays;
    }
}
