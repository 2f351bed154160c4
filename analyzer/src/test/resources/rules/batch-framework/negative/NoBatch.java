package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NoBatch {

    // expect: trigger=http method=GET route=/nobatch rule=spring-get-mapping signals=""
    @GetMapping("/nobatch")
    public String handle() {
        return "no batch";
    }
}
