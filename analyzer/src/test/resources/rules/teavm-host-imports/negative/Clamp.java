package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Clamp {

    // expect: trigger=http method=GET route=/clamp rule=spring-get-mapping signals=""
    @GetMapping("/clamp")
    public String handle() {
        return String.valueOf(Math.max(0, Math.min(10, Math.abs(-3))));
    }
}
