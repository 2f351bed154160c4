package fx;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

public class ReminderJob implements Job {

    // expect: trigger=cron rule=quartz-job note="the schedule is set by the Quartz trigger that fires this job, outside the class"
    @Override
    public void execute(JobExecutionContext context) {
    }
}
