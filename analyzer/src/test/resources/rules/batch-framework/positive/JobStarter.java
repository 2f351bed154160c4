package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.launch.JobLauncher;

@RestController
public class JobStarter {
    private JobLauncher launcher;
    private Job job;

    // expect: trigger=http method=GET route=/jobstarter rule=spring-get-mapping signals="batch-framework"
    @GetMapping("/jobstarter")
    public String handle() throws Exception {
        launcher.run(job, new JobParameters());
        return "started";
    }
}
