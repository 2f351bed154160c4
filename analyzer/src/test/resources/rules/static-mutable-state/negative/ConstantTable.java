package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.Map;

@RestController
public class ConstantTable {
    private static final Map<String, Integer> RATES = Map.of("home", 1);

    // expect: trigger=http method=GET route=/constanttable rule=spring-get-mapping signals=""
    @GetMapping("/constanttable")
    public String handle() {
        return String.valueOf(RATES.get("home"));
    }
}
