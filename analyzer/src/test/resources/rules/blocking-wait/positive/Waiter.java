package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.concurrent.CompletableFuture;

@RestController
public class Waiter {

    // expect: trigger=http method=GET route=/waiter rule=spring-get-mapping signals="blocking-wait"
    @GetMapping("/waiter")
    public String handle() throws Exception {
        return CompletableFuture.completedFuture("x").get();
    }
}
