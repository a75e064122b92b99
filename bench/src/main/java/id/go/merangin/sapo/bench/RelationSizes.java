package id.go.merangin.sapo.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The on-disk size of every table of SAPO's schema at one moment, split the way a check-in's bytes land: the table's
 * rows, its TOAST table (where a selfie's bytes go, stored out of line) with the TOAST table's own index, and each
 * of its indexes. Sizes are of the main fork ({@code pg_relation_size}): the free-space and visibility maps are a
 * rounding error next to them.
 *
 * @param bytes bytes by part, keyed {@code table}, {@code table TOAST}, {@code table TOAST index} and
 *     {@code table index <name>}
 */
public record RelationSizes(Map<String, Long> bytes) {

    static final String TOAST = " TOAST";
    static final String TOAST_INDEX = " TOAST index";
    static final String INDEX = " index ";

    /** Reads the sizes now. */
    public static RelationSizes of(Connection db) throws SQLException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet tables = statement.executeQuery("select c.relname, pg_relation_size(c.oid),"
                        + " coalesce(pg_relation_size(nullif(c.reltoastrelid, 0)), 0),"
                        + " coalesce((select sum(pg_relation_size(t.indexrelid)) from pg_index t"
                        + " where t.indrelid = nullif(c.reltoastrelid, 0)), 0)"
                        + " from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'"
                        + " order by c.relname")) {
            while (tables.next()) {
                String table = tables.getString(1);
                bytes.put(table, tables.getLong(2));
                bytes.put(table + TOAST, tables.getLong(3));
                bytes.put(table + TOAST_INDEX, tables.getLong(4));
            }
        }
        try (Statement statement = db.createStatement();
                ResultSet indexes = statement.executeQuery("select t.relname, i.relname,"
                        + " pg_relation_size(i.oid) from pg_index x join pg_class i on i.oid = x.indexrelid"
                        + " join pg_class t on t.oid = x.indrelid where t.relnamespace = 'public'::regnamespace"
                        + " order by t.relname, i.relname")) {
            while (indexes.next()) {
                bytes.put(indexes.getString(1) + INDEX + indexes.getString(2), indexes.getLong(3));
            }
        }
        return new RelationSizes(Map.copyOf(bytes));
    }

    /** What each part grew by since {@code earlier} (negative where it shrank), the parts that changed only. */
    public Map<String, Long> since(RelationSizes earlier) {
        Set<String> parts = new TreeSet<>(bytes.keySet());
        parts.addAll(earlier.bytes.keySet());
        Map<String, Long> grown = new LinkedHashMap<>();
        for (String part : parts) {
            long delta = of(part) - earlier.of(part);
            if (delta != 0) {
                grown.put(part, delta);
            }
        }
        return grown;
    }

    /** One part's bytes; 0 for a part that does not exist. */
    public long of(String part) {
        return bytes.getOrDefault(part, 0L);
    }

    /** A table with its TOAST table and all its indexes. */
    public long total(String table) {
        return bytes.entrySet().stream()
                .filter(part -> part.getKey().equals(table) || part.getKey().startsWith(table + " "))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
