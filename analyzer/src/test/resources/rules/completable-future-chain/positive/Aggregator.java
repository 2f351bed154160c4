package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.concurrent.CompletableFuture;

@RestController
public class Aggregator {

    // expect: trigger=http method=GET route=/aggregator rule=spring-get-mapping signals="completable-future-chain"
    @GetMapping("/aggregator")
    public String handle() {
        CompletableFuture<String> a = CompletableFuture.completedFuture("a");
        a.thenApply(String::toUpperCase).whenComplete((v, e) -> { });
        return "ok";
    }
}
