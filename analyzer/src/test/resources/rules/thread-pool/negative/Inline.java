package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Inline {

    // expect: trigger=http method=GET route=/inline rule=spring-get-mapping signals=""
    @GetMapping("/inline")
    public String handle() {
        Runnable r = () -> System.out.println("now");
        r.run();
        return "done";
    }
}
