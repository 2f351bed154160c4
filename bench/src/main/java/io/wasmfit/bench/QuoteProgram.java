package io.wasmfit.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The guest of the sandbox benchmark: a small request-sized program (look up a price, apply a
 * discount, print a JSON line). The same bytecode runs on the JVM and, compiled by TeaVM, as a
 * WASI module, so both sides of the comparison do the same work.
 */
public final class QuoteProgram {

    private QuoteProgram() {
    }

    public static void main(String[] args) {
        Map<String, Integer> cents = new HashMap<>();
        cents.put("A-1", 1250);
        cents.put("B-2", 399);
        cents.put("C-3", 7000);
        String sku = args.length > 0 ? args[0] : "A-1";
        int qty = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long total = (long) cents.getOrDefault(sku, 100) * qty;
        if (qty >= 10) {
            total = total * 9 / 10;
        }
        System.out.println(new StringBuilder().append("{\"sku\":\"").append(sku).append("\",\"qty\":").append(qty)
                .append(",\"totalCents\":").append(total).append('}'));
    }
}
