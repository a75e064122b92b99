package id.go.merangin.sapo.employee.roster;

import java.util.List;

/**
 * What an import did: how many ASN it added and how many master records it corrected, and each row it refused with
 * the reason (the file's own problems and those only the database knows: an unknown OPD, an OPD out of reach).
 */
public record ImportReport(String fileName, int created, int updated, int unchanged, List<RejectedRow> rejected) {

    public int rows() {
        return created + updated + unchanged + rejected.size();
    }
}
