package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CurrentThread {

    // expect: trigger=http method=GET route=/currentthread rule=spring-get-mapping signals=""
    @GetMapping("/currentthread")
    public String handle() {
        return Thread.currentThread().getName();
    }
}
