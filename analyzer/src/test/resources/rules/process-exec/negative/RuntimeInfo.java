package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RuntimeInfo {

    // expect: trigger=http method=GET route=/runtimeinfo rule=spring-get-mapping signals=""
    @GetMapping("/runtimeinfo")
    public String handle() {
        return String.valueOf(Runtime.getRuntime().availableProcessors());
    }
}
