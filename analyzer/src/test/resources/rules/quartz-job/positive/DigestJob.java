package fx;

import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

public class DigestJob extends QuartzJobBean {

    // expect: trigger=cron rule=quartz-job
    @Override
    protected void executeInternal(JobExecutionContext context) {
    }
}
