package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.Optional;

@RestController
public class ShortPoll {

    // expect: trigger=http method=GET route=/shortpoll rule=spring-get-mapping signals=""
    @GetMapping("/shortpoll")
    public String handle() {
        Optional<String> result = Optional.empty();
        return result.orElse("nothing yet");
    }
}
