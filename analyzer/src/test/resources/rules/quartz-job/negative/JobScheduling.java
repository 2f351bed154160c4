package fx;

import org.quartz.JobBuilder;
import org.quartz.Scheduler;

// scheduling a job is not being the job; nor is a method called execute elsewhere
public class JobScheduling {

    private Scheduler scheduler;

    public void schedule() throws Exception {
        scheduler.addJob(JobBuilder.newJob(ReminderLike.class).build(), true);
    }

    static class ReminderLike {
        public void execute(Object context) {
        }
    }
}
