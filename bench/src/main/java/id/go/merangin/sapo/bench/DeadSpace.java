package id.go.merangin.sapo.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * What a table's file holds besides its live rows, counted exactly by {@code pgstattuple} (a full scan, not the
 * statistics collector's estimate, which a backend reports up to seconds late): the dead row versions an UPDATE or
 * DELETE left for VACUUM, and the free space VACUUM has made reusable.
 *
 * @param relation the table (or TOAST table) scanned
 * @param fileBytes the file's size
 * @param liveRows live row versions (for a TOAST table: chunks of about 2 KB)
 * @param liveBytes their bytes
 * @param deadRows dead row versions not yet vacuumed
 * @param deadBytes their bytes
 * @param freeBytes free space in the file's pages, reusable by later rows
 */
public record DeadSpace(
        String relation, long fileBytes, long liveRows, long liveBytes, long deadRows, long deadBytes, long freeBytes) {

    /** Scans {@code relation} (a name or an oid, as {@code regclass} reads them) now. */
    public static DeadSpace of(Connection db, String relation) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select table_len, tuple_count, tuple_len,"
                + " dead_tuple_count, dead_tuple_len, free_space from pgstattuple(?::regclass)")) {
            // untyped, so that regclass reads it itself: a text argument could only be a name
            query.setObject(1, relation, Types.OTHER);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new DeadSpace(
                        relation,
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5),
                        row.getLong(6));
            }
        }
    }
}
