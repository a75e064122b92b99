package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's recap of every OPD in reach (Ringkasan Rekap): each OPD's totals and who verified it, the grand total,
 * the downloads of the whole report, and the month's close: BKPSDMD locks the month once the OPDs have verified it
 * (and unlocks it if need be), after which nothing changes its days.
 */
@Named
@ViewScoped
public class RecapSummaryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecapQueries recaps;

    @Inject
    transient MonthClose close;

    @Inject
    transient Clock clock;

    private String month;
    private RecapReport summary;
    private RecapReport.Totals grandTotal;
    private boolean locked;

    @PostConstruct
    void init() {
        month = RecapMonths.lastOver(clock);
        show();
    }

    /** Every OPD in reach with its totals, for the chosen month. */
    public void show() {
        summary = recaps.report(null, yearMonth());
        grandTotal = RecapReport.Totals.of(summary.lines());
        locked = close.isLocked(yearMonth());
    }

    public void lock() {
        close.lock(yearMonth());
        show();
        Messages.info("recap.done.locked");
    }

    public void unlock() {
        close.unlock(yearMonth());
        show();
        Messages.info("recap.done.unlocked");
    }

    /** Sends the month of every OPD in reach in {@code form} (XLSX, PDF or TPP_CSV). */
    public void export(RecapDownload.Form form) throws IOException {
        RecapDownload.send(recaps.report(null, yearMonth()), form);
    }

    private YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    public List<String> getMonths() {
        return RecapMonths.offered(clock);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public RecapReport getSummary() {
        return summary;
    }

    /** The grand total over the summary's OPDs. */
    public RecapReport.Totals getGrandTotal() {
        return grandTotal;
    }

    public boolean isLocked() {
        return locked;
    }
}
