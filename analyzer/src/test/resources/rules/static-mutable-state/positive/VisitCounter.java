package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@RestController
public class VisitCounter {
    private static final Map<String, Integer> VISITS = new ConcurrentHashMap<>();

    // expect: trigger=http method=GET route=/visitcounter rule=spring-get-mapping signals="static-mutable-state"
    @GetMapping("/visitcounter")
    public String handle() {
        return String.valueOf(VISITS.merge("home", 1, Integer::sum));
    }
}
