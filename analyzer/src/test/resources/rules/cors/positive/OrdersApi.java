package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrdersApi {

    // expect: trigger=http method=GET route=/ordersapi rule=spring-get-mapping signals="" patterns=cors
    @GetMapping("/ordersapi")
    public String handle() {
        return "orders";
    }
}
