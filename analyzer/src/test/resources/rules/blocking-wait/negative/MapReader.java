package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.Map;

@RestController
public class MapReader {
    private final Map<String, String> names = Map.of("a", "b");

    // expect: trigger=http method=GET route=/mapreader rule=spring-get-mapping signals=""
    @GetMapping("/mapreader")
    public String handle() {
        return names.get("a");
    }
}
