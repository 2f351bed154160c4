package fx;

import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderEndpoints {

    // expect: trigger=http method=PUT route=/api/orders/{id} rule=spring-put-mapping
    @PutMapping("/{id:\\d+}")
    public String one(long id) {
        return "order " + id;
    }

    // expect: trigger=http method=PUT route=/api/orders/bulk rule=spring-put-mapping
    @PutMapping(path = "bulk")
    public String bulk() {
        return "bulk";
    }
}
