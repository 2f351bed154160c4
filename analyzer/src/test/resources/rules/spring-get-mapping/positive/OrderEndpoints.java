package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderEndpoints {

    // expect: trigger=http method=GET route=/api/orders/{id} rule=spring-get-mapping
    @GetMapping("/{id:\\d+}")
    public String one(long id) {
        return "order " + id;
    }

    // expect: trigger=http method=GET route=/api/orders/bulk rule=spring-get-mapping
    @GetMapping(path = "bulk")
    public String bulk() {
        return "bulk";
    }
}
