package id.go.merangin.sapo.platform;

import jakarta.persistence.TypedQuery;

/**
 * One page of a list query for the screens: never before the first row, at least one row, and never more than
 * {@link #MAX_PAGE_SIZE}, whatever a request asks for.
 */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {}

    public static <T> TypedQuery<T> page(TypedQuery<T> query, int first, int size) {
        return query.setFirstResult(first(first)).setMaxResults(size(size));
    }

    /** The first row a page starts at: never before the first. */
    public static int first(int first) {
        return Math.max(first, 0);
    }

    /** How many rows a page holds: at least one, at most {@link #MAX_PAGE_SIZE}. */
    public static int size(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }
}
