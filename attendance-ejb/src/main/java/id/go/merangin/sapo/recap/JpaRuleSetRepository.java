package id.go.merangin.sapo.recap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link RuleSetRepository} on JPA. */
@ApplicationScoped
public class JpaRuleSetRepository implements RuleSetRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<StoredRuleSet> findAll() {
        return em.createQuery("select r from StoredRuleSet r", StoredRuleSet.class)
                .getResultList();
    }

    @Override
    public StoredRuleSet add(StoredRuleSet rules) {
        em.persist(rules);
        return rules;
    }
}
