package fx;

import org.springframework.cache.annotation.Cacheable;

public class RateService {

    @Cacheable("rates")
    public String rate(String currency) {
        return "1.0";
    }
}
