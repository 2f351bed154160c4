package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PriceView {
    private PriceSnapshot snapshot;

    // expect: trigger=http method=GET route=/priceview rule=spring-get-mapping signals=""
    @GetMapping("/priceview")
    public String handle() {
        return snapshot.lookup("sku-1");
    }
}
