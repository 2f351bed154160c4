package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExchangeRates {
    private RateService rates;

    // expect: trigger=http method=GET route=/exchangerates rule=spring-get-mapping signals="" patterns=transparent-caching-kv
    @GetMapping("/exchangerates")
    public String handle() {
        return rates.rate("EUR");
    }
}
