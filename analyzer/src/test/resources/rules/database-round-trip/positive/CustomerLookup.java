package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerLookup {
    private CustomerRepository customers;

    // expect: trigger=http method=GET route=/customerlookup rule=spring-get-mapping signals="database-round-trip"
    @GetMapping("/customerlookup")
    public String handle() {
        return customers.findAll().toString();
    }
}
