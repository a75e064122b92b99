package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.SearchText;
import jakarta.persistence.Query;

/**
 * How every officer screen finds an ASN from one search box: digits are the start of a NIP, anything else a part of
 * the name, without regard to case.
 */
public final class AsnSearch {

    private AsnSearch() {}

    /** The JPQL condition (starting with " and") on the employee {@code alias}, or "" when nothing was typed. */
    public static String condition(String search, String alias) {
        if (!SearchText.present(search)) {
            return "";
        }
        return isNip(search)
                ? " and " + alias + ".nip like :nip"
                : " and lower(" + alias + ".name) like :name escape '\\'";
    }

    /** Binds the parameter of {@link #condition}, if any. */
    public static void bind(Query query, String search) {
        if (!SearchText.present(search)) {
            return;
        }
        if (isNip(search)) {
            query.setParameter("nip", SearchText.startingWith(search));
        } else {
            query.setParameter("name", SearchText.containing(search));
        }
    }

    private static boolean isNip(String search) {
        return search.strip().chars().allMatch(Character::isDigit);
    }
}
