package fx;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderEndpoints {

    // expect: trigger=http method=POST route=/api/orders/{id} rule=spring-post-mapping
    @PostMapping("/{id:\\d+}")
    public String one(long id) {
        return "order " + id;
    }

    // expect: trigger=http method=POST route=/api/orders/bulk rule=spring-post-mapping
    @PostMapping(path = "bulk")
    public String bulk() {
        return "bulk";
    }
}
