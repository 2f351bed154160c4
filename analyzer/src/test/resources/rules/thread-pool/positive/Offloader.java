package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.concurrent.ExecutorService;

@RestController
public class Offloader {
    private ExecutorService pool;

    // expect: trigger=http method=GET route=/offloader rule=spring-get-mapping signals="thread-pool"
    @GetMapping("/offloader")
    public String handle() {
        pool.submit(() -> System.out.println("later"));
        return "queued";
    }
}
