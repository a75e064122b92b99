package id.go.merangin.sapo.employee.roster;

import java.util.List;

/**
 * What one uploaded master list holds once every row has been checked: the rows that may be imported and the rows
 * that may not, each kind in file order. Whether an accepted row's OPD exists, or its NIP is registered already,
 * is for the importing service to ask the database.
 */
public record RosterSheet(List<RosterRow> accepted, List<RejectedRow> rejected) {

    public RosterSheet {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
