package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link LadderRepository} on the table {@code daily_code}: one grouped statement over the range, so that a year of
 * every ASN is tallied in the database, not loaded.
 */
@ApplicationScoped
public class JpaLadderRepository implements LadderRepository {

    private static final String STANDINGS = " from daily_code d join employee e on e.id = d.employee_id and e.active"
            + " join opd o on o.id = e.opd_id where d.work_date between ?1 and ?2"
            + " and (?5 = '' or e.nip like ?6 escape '\\' or lower(e.name) like ?7 escape '\\')"
            + " group by e.id, e.nip, e.name, o.code"
            + " having count(*) filter (where d.kind = 'TK') * ?3 + sum(d.ladder_minutes) >= ?4";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Tally> page(Criteria criteria, int first, int size) {
        Stream<?> rows = bind(
                        em.createNativeQuery("select e.id, e.nip, e.name, o.code,"
                                + " count(*) filter (where d.kind = 'TK'), sum(d.ladder_minutes)" + STANDINGS
                                + " order by count(*) filter (where d.kind = 'TK') * ?3 + sum(d.ladder_minutes) desc,"
                                + " e.name, e.nip limit ?8 offset ?9"),
                        criteria)
                .setParameter(8, size)
                .setParameter(9, first)
                .getResultStream();
        return rows.map(Object[].class::cast)
                .map(row -> new Tally(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        ((Number) row[4]).intValue(),
                        ((Number) row[5]).intValue()))
                .toList();
    }

    @Override
    public long count(Criteria criteria) {
        return ((Number) bind(em.createNativeQuery("select count(*) from (select e.id" + STANDINGS + ") s"), criteria)
                        .getSingleResult())
                .longValue();
    }

    private static Query bind(Query query, Criteria criteria) {
        boolean searching = SearchText.present(criteria.search());
        return query.setParameter(1, criteria.from())
                .setParameter(2, criteria.until())
                .setParameter(3, criteria.minutesPerDay())
                .setParameter(4, criteria.minimumMinutes())
                .setParameter(5, searching ? "y" : "")
                .setParameter(6, searching ? SearchText.startingWith(criteria.search()) : "")
                .setParameter(7, searching ? SearchText.containing(criteria.search()) : "");
    }
}
