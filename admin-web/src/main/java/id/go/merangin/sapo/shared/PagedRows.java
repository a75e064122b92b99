package id.go.merangin.sapo.shared;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a service that pages: only the page on screen is ever loaded. The search fields of the
 * screens are not table filters, so the count is taken again with every page.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the current search finds. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long get();
    }

    /** One page of the current search. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> get(int first, int size);
    }

    /** A row's stable key, for selection. */
    public interface Key<T> extends Function<T, Object>, Serializable {}

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public PagedRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    /** A new search starts on the first page of the table with this client id. */
    public static void backToFirstPage(String tableClientId) {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId)).setFirst(0);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, count.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        setRowCount(count(filters));
        return page.get(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(row -> String.valueOf(key.apply(row)).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
