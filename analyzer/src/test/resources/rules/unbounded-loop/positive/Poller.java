package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Poller {

    // expect: trigger=http method=GET route=/poller rule=spring-get-mapping signals="unbounded-loop"
    @GetMapping("/poller")
    public String handle() {
        while (true) {
            if (Math.random() > 0.5) {
                return "done";
            }
        }
    }
}
