package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Catalog {

    // expect: trigger=http method=GET patterns=content-negotiation
    @GetMapping(path = "/catalog", produces = {"application/json", "application/xml"})
    public String catalog() {
        return "catalog";
    }
}
