package fx;

import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderEndpoints {

    // expect: trigger=http method=PATCH route=/api/orders/{id} rule=spring-patch-mapping
    @PatchMapping("/{id:\\d+}")
    public String one(long id) {
        return "order " + id;
    }

    // expect: trigger=http method=PATCH route=/api/orders/bulk rule=spring-patch-mapping
    @PatchMapping(path = "bulk")
    public String bulk() {
        return "bulk";
    }
}
