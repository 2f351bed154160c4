package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Counter {

    // expect: trigger=http method=GET route=/counter rule=spring-get-mapping signals=""
    @GetMapping("/counter")
    public String handle() {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += i;
        }
        return String.valueOf(sum);
    }
}
