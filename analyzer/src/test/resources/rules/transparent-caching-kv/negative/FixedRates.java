package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FixedRates {

    // expect: trigger=http method=GET route=/fixedrates rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/fixedrates")
    public String handle() {
        return "1.0";
    }
}
