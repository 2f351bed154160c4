package fx;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderEndpoints {

    // expect: trigger=http method=DELETE route=/api/orders/{id} rule=spring-delete-mapping
    @DeleteMapping("/{id:\\d+}")
    public String one(long id) {
        return "order " + id;
    }

    // expect: trigger=http method=DELETE route=/api/orders/bulk rule=spring-delete-mapping
    @DeleteMapping(path = "bulk")
    public String bulk() {
        return "bulk";
    }
}
