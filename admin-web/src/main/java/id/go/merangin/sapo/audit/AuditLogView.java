package id.go.merangin.sapo.audit;

import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** BKPSDMD's audit log: one page of entries at a time, newest first, filtered by actor and action. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditQueries audit;

    private String actor;
    private String action;
    private LazyDataModel<AuditEntryView> entries;

    @PostConstruct
    void init() {
        entries = new PagedRows<>(() -> audit.count(actor, action),
                (first, size) -> audit.page(first, size, actor, action), AuditEntryView::id);
    }

    /** A new search starts on the first page. */
    public void search() {
        PagedRows.backToFirstPage("audit:entries");
    }

    public LazyDataModel<AuditEntryView> getEntries() {
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
}
