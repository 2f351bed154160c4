package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderService {

    // expect: trigger=http method=GET route=/orderservice rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/orderservice")
    public String handle() {
        return place("o-1");
    }

    private String place(String id) {
        return "placed " + id;
    }
}
