package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import org.primefaces.model.LazyDataModel;

/** Leave requests of the ASN in reach, pending first; one is opened in a dialog to approve or reject with a note. */
@Named
@ViewScoped
public class LeaveRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LeaveReview review;

    private LeaveState state = LeaveState.PENDING;
    private LazyDataModel<LeaveRequestRow> rows;
    private LeaveRequestRow selected;
    private String note;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(
                () -> review.count(state), (first, size) -> review.page(first, size, state), LeaveRequestRow::id);
    }

    public void search() {
        PagedRows.backToFirstPage("leave:rows");
    }

    public void open(LeaveRequestRow row) {
        selected = row;
        note = null;
    }

    public void approve() {
        selected = review.decide(selected.id(), true, note);
        Messages.info("leave.done.approved");
    }

    public void reject() {
        selected = review.decide(selected.id(), false, note);
        Messages.info("leave.done.rejected");
    }

    /**
     * "02/03/2026 – 04/03/2026"; for a part-day permit its day and what it excuses: "05/03/2026, datang sampai
     * 09:00" or "05/03/2026, pulang mulai 14:00".
     */
    public String when(LeaveRequestRow row) {
        String first = Formats.day(row.startDate());
        if (row.permitTime() != null) {
            String key =
                    row.type() == LeaveType.IZIN_DATANG_TERLAMBAT ? "leave.permit.arrival" : "leave.permit.leaving";
            return first + ", "
                    + MessageFormat.format(Messages.text(key), row.permitTime().toString());
        }
        return first + " – " + Formats.day(row.endDate());
    }

    public LeaveState[] getStates() {
        return LeaveState.values();
    }

    public LeaveState getState() {
        return state;
    }

    public void setState(LeaveState state) {
        this.state = state;
    }

    public LazyDataModel<LeaveRequestRow> getRows() {
        return rows;
    }

    public LeaveRequestRow getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
