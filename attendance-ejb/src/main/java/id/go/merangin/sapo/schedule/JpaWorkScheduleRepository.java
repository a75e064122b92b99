package id.go.merangin.sapo.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link WorkScheduleRepository} on JPA. */
@ApplicationScoped
public class JpaWorkScheduleRepository implements WorkScheduleRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<WorkSchedule> regencyWide() {
        return em.createQuery("select s from WorkSchedule s where s.opd is null and s.employee is null"
                + " order by s.validFrom", WorkSchedule.class).getResultList();
    }

    @Override
    public WorkSchedule store(WorkSchedule schedule) {
        if (schedule.id() == null) {
            em.persist(schedule);
            return schedule;
        }
        return em.merge(schedule);
    }
}
