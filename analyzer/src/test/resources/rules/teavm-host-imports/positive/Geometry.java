package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.UUID;

@RestController
public class Geometry {

    // expect: trigger=http method=GET route=/geometry rule=spring-get-mapping signals="teavm-host-imports"
    @GetMapping("/geometry")
    public String handle() {
        double d = Math.sqrt(2.0) + Math.floor(1.5);
        return UUID.randomUUID() + ":" + d;
    }
}
