package id.go.merangin.sapo.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link OpdRepository} on JPA. */
@ApplicationScoped
public class JpaOpdRepository implements OpdRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Opd> find(long id) {
        return Optional.ofNullable(em.find(Opd.class, id));
    }

    @Override
    public Optional<Opd> findByCode(String code) {
        return em.createQuery("select o from Opd o where o.code = :code", Opd.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Opd> findAll() {
        return em.createQuery("select o from Opd o left join fetch o.parent order by o.code", Opd.class)
                .getResultList();
    }

    @Override
    public Opd store(Opd opd) {
        if (opd.id() == null) {
            em.persist(opd);
            return opd;
        }
        return em.merge(opd);
    }
}
