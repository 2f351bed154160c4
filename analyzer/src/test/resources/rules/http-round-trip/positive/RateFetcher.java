package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class RateFetcher {
    private RestTemplate rest;

    // expect: trigger=http method=GET route=/ratefetcher rule=spring-get-mapping signals="http-round-trip"
    @GetMapping("/ratefetcher")
    public String handle() {
        return rest.getForObject("https://rates.example/eur", String.class);
    }
}
