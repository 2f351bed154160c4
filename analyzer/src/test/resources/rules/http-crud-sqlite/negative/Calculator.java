package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Calculator {

    // expect: trigger=http method=GET route=/calculator rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/calculator")
    public String handle() {
        return String.valueOf(6 * 7);
    }
}
