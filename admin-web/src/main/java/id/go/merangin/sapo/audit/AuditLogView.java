package id.go.merangin.sapo.audit;

import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * BKPSDMD's audit log in an officer's words: one page of entries at a time, newest first, filtered by who, which
 * action and which days. A search whose days run backwards is refused with a message and leaves the table as it was.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditQueries audit;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate until;
    private AuditFilter applied = AuditFilter.EVERYTHING;
    private LazyDataModel<AuditText.Line> entries;

    @PostConstruct
    void init() {
        entries = new PagedRows<>(
                () -> audit.count(applied),
                (first, size) -> audit.page(first, size, applied).stream()
                        .map(text()::line)
                        .toList(),
                AuditText.Line::id);
    }

    /** A new search starts on the first page; one whose days run backwards changes nothing. */
    public void search() {
        AuditFilter asked = new AuditFilter(actor, action, from, until);
        if (!asked.isValid()) {
            Messages.error("error.INVALID_AUDIT_PERIOD");
            return;
        }
        applied = asked;
        PagedRows.backToFirstPage("audit:entries");
    }

    private static AuditText text() {
        return new AuditText(Messages.bundle(), Formats.locale());
    }

    /** The actions the filter offers: code and label, by label. */
    public List<AuditText.Action> getActions() {
        return text().actions();
    }

    public LazyDataModel<AuditText.Line> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
