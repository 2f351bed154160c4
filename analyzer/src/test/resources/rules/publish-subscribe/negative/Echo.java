package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Echo {

    // expect: trigger=http method=GET route=/echo rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/echo")
    public String handle() {
        return "echo";
    }
}
