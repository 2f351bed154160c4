package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PriceBoard {
    private PriceCache cache;

    // expect: trigger=http method=GET route=/priceboard rule=spring-get-mapping signals="singleton-mutable-state"
    @GetMapping("/priceboard")
    public String handle() {
        return cache.lookup("sku-1");
    }
}
