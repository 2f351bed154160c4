package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

@RestController
public class LongPoll {

    // expect: trigger=http method=GET route=/longpoll rule=spring-get-mapping signals="deferred-response"
    @GetMapping("/longpoll")
    public String handle() {
        DeferredResult<String> result = new DeferredResult<>(30_000L);
        return String.valueOf(result.hasResult());
    }
}
