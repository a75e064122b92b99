package id.go.merangin.sapo.schedule;

import java.util.List;

/** Where work schedules are kept. */
public interface WorkScheduleRepository {

    List<WorkSchedule> regencyWide();

    WorkSchedule store(WorkSchedule schedule);
}
