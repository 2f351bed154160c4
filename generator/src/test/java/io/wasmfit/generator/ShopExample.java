package io.wasmfit.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.model.Report;

/** The bundled example: its location, and one scan of it shared by the tests of this JVM. */
public final class ShopExample {

    /** The strong HTTP candidates of examples/shop (its README): pure logic, equal on the JVM and in Wasm. */
    public static final List<String> STRONG_HTTP = List.of(
            "com.example.shop.pricing.quote.PriceController#quote(String,int)",
            "com.example.shop.pricing.quote.PriceController#quoteBasket(BasketRequest)",
            "com.example.shop.pricing.tax.TaxController#calculate(String,BigDecimal,TaxCategory,boolean,String)",
            "com.example.shop.pricing.coupon.CouponController#validate(CouponRequest)",
            "com.example.shop.pricing.shipping.ShippingController#estimate(String,int,boolean,String)",
            "com.example.shop.customers.validation.CustomerValidationController#checkIban(String)",
            "com.example.shop.customers.validation.CustomerValidationController#checkVatId(String)",
            "com.example.shop.customers.validation.CustomerValidationController#checkAddress(AddressRequest)",
            "com.example.shop.partner.PartnerQuoteResource#contractPrice(PartnerQuoteRequest)");

    public static final String QUOTE = STRONG_HTTP.get(0);

    /**
     * Possible HTTP candidates whose collaborators cannot move: a JPA repository, a class over
     * StringRedisTemplate, a class over java.net.http and Jackson.
     */
    public static final String PRODUCT_GET = "com.example.shop.catalog.product.ProductController#get(long)";
    public static final String STOCK = "com.example.shop.catalog.stock.StockController#stock(String)";
    public static final String ORDER_TOTAL = "com.example.shop.orders.order.OrderController#total(long,String)";

    private static Report report;

    private ShopExample() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/shop"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/shop not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples/shop");
    }

    public static synchronized Report report() throws Exception {
        if (report == null) {
            report = new Scanner(ScanOptions.defaults(Files.createTempDirectory("wasmfit-cache"), "test").withJobs(2))
                    .scan(root().toString(), null, ScanListener.NONE);
        }
        return report;
    }
}
