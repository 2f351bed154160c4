package fx;

import java.util.HashMap;
import java.util.Map;

// a value object made per use keeps nothing between requests
public class PriceSnapshot {

    private final Map<String, String> prices = new HashMap<>();

    public String lookup(String sku) {
        return prices.getOrDefault(sku, "9.99");
    }
}
