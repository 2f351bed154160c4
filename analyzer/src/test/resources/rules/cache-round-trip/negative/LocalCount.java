package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.concurrent.atomic.AtomicLong;

@RestController
public class LocalCount {

    // expect: trigger=http method=GET route=/localcount rule=spring-get-mapping signals=""
    @GetMapping("/localcount")
    public String handle() {
        AtomicLong visits = new AtomicLong();
        return String.valueOf(visits.incrementAndGet());
    }
}
