package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.concurrent.TimeUnit;

@RestController
public class Slow {

    // expect: trigger=http method=GET route=/slow rule=spring-get-mapping signals="teavm-host-imports,thread-sleep"
    @GetMapping("/slow")
    public String handle() throws InterruptedException {
        Thread.sleep(200);
        TimeUnit.SECONDS.sleep(1);
        return "late";
    }
}
