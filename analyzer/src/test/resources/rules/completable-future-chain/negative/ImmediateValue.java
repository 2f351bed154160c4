package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.concurrent.CompletableFuture;

@RestController
public class ImmediateValue {

    // expect: trigger=http method=GET route=/immediatevalue rule=spring-get-mapping signals=""
    @GetMapping("/immediatevalue")
    public String handle() {
        CompletableFuture<String> a = CompletableFuture.completedFuture("a");
        return String.valueOf(a.isDone());
    }
}
