package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The ASN in the officer's reach, one page at a time, searched by NIP or name and by account status. */
@Named
@ViewScoped
public class AsnListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EmployeeDirectory directory;

    private String search;
    private AccountStatus status;
    private LazyDataModel<AsnRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> directory.count(search, status),
                (first, size) -> directory.page(first, size, search, status), AsnRow::employeeId);
    }

    public void search() {
        PagedRows.backToFirstPage("asn:rows");
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public LazyDataModel<AsnRow> getRows() {
        return rows;
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
}
