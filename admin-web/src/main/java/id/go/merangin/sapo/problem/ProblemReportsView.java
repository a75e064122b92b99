package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Problem reports of the ASN in reach, open ones first; one is opened in a dialog to read and answer it. */
@Named
@ViewScoped
public class ProblemReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProblemReportReview review;

    private ProblemStatus status = ProblemStatus.OPEN;
    private LazyDataModel<ProblemReportRow> rows;
    private ProblemReportRow selected;
    private String answer;
    private String manualReason;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(
                () -> review.count(status), (first, size) -> review.page(first, size, status), ProblemReportRow::id);
    }

    public void search() {
        PagedRows.backToFirstPage("problems:rows");
    }

    public void open(ProblemReportRow row) {
        selected = row;
        answer = null;
        manualReason = null;
    }

    public void reply() {
        selected = review.reply(selected.id(), answer);
        answer = null;
        Messages.info("problem.done.answered");
    }

    /** Records the refused attempt of the report as a manual attendance, with the reason typed. */
    public void recordManualAttendance() {
        selected = review.recordManualAttendance(selected.id(), manualReason);
        manualReason = null;
        Messages.info("problem.done.manual");
    }

    public String getManualReason() {
        return manualReason;
    }

    public void setManualReason(String manualReason) {
        this.manualReason = manualReason;
    }

    public ProblemStatus[] getStatuses() {
        return ProblemStatus.values();
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public void setStatus(ProblemStatus status) {
        this.status = status;
    }

    public LazyDataModel<ProblemReportRow> getRows() {
        return rows;
    }

    public ProblemReportRow getSelected() {
        return selected;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
