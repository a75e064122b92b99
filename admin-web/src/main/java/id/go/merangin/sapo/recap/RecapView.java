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
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.LazyDataModel;

/**
 * An OPD's monthly recap, one page of ASN at a time, and the month's close: the admin OPD verifies the OPD's recap,
 * BKPSDMD locks (and if need be unlocks) the month. Opens on the last month that is over.
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

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        opdId = opds.isEmpty() ? null : opds.get(0).id();
        month = YearMonth.now(clock.withZone(Formats.WIB)).minusMonths(1).toString();
        rows = new PagedRows<>(() -> opdId == null ? 0 : recaps.count(opdId),
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

    public void lock() {
        close.lock(yearMonth());
        refreshStatus();
        Messages.info("recap.done.locked");
    }

    public void unlock() {
        close.unlock(yearMonth());
        refreshStatus();
        Messages.info("recap.done.unlocked");
    }

    private void refreshStatus() {
        status = opdId == null ? null : recaps.status(opdId, yearMonth());
    }

    private YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    /** The last twelve months, newest first, as yyyy-MM. */
    public List<String> getMonths() {
        YearMonth current = YearMonth.now(clock.withZone(Formats.WIB));
        return IntStream.range(0, 13).mapToObj(i -> current.minusMonths(i).toString()).toList();
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
}
