package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NotSleeping {

    // expect: trigger=http method=GET route=/notsleeping rule=spring-get-mapping signals=""
    @GetMapping("/notsleeping")
    public String handle() {
        return sleep("now");
    }

    private String sleep(String when) {
        return when;
    }
}
