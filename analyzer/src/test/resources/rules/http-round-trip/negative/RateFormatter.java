package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.net.URI;

@RestController
public class RateFormatter {

    // expect: trigger=http method=GET route=/rateformatter rule=spring-get-mapping signals=""
    @GetMapping("/rateformatter")
    public String handle() {
        return URI.create("https://rates.example/eur").getHost();
    }
}
