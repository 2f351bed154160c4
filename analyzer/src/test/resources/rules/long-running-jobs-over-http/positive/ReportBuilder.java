package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportBuilder {

    // expect: trigger=http method=GET route=/reportbuilder rule=spring-get-mapping signals="teavm-host-imports,thread-sleep" patterns=long-running-jobs-over-http
    @GetMapping("/reportbuilder")
    public String handle() throws InterruptedException {
        Thread.sleep(90_000);
        return "report";
    }
}
