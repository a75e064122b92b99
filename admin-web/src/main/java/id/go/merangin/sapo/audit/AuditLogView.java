package id.go.merangin.sapo.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** BKPSDMD's audit log: one page of entries at a time, newest first, filtered by actor and action. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Jakarta"));

    @Inject
    transient AuditQueries audit;

    private String actor;
    private String action;
    private LazyDataModel<AuditEntryView> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) Math.min(Integer.MAX_VALUE, audit.count(actor, action));
            }

            @Override
            public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sort,
                    Map<String, FilterMeta> filters) {
                // the search fields are not table filters, so the count is taken again with every page
                setRowCount(count(filters));
                return audit.page(first, pageSize, actor, action);
            }

            @Override
            public String getRowKey(AuditEntryView entry) {
                return Long.toString(entry.id());
            }
        };
    }

    /** A new search starts on the first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:entries");
        table.setFirst(0);
    }

    /** A moment as the screens show it: dd/MM/yyyy HH:mm:ss, WIB. */
    public String when(Instant moment) {
        return moment == null ? "" : WHEN.format(moment);
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
