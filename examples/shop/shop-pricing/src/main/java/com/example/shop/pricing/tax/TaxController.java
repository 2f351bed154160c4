package com.example.shop.pricing.tax;

import com.example.shop.platform.Money;
import com.example.shop.platform.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tax calculation for the checkout and for the invoicing service. */
@RestController
@RequestMapping("/api/tax")
public class TaxController {

    /** The shop's own country: deliveries here are always taxed, even to businesses. */
    private static final Region HOME_REGION = Region.DE;
    private static final String REVERSE_CHARGE_NOTE = "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)";

    private final TaxRateTable rateTable;

    public TaxController(TaxRateTable rateTable) {
        this.rateTable = rateTable;
    }

    /**
     * Splits an amount into net, tax and gross for a delivery into {@code region}.
     *
     * @param amount the net amount, or the gross amount when {@code gross=true}
     * @param buyerVatId VAT id of a business customer; inside the EU (but outside Germany) it
     *                   switches to reverse charge
     */
    // expect: trigger=http method=GET route=/api/tax/{region} verdict=strong
    @GetMapping("/{region}")
    public TaxBreakdown calculate(@PathVariable("region") String regionCode,
                                  @RequestParam(name = "amount") BigDecimal amount,
                                  @RequestParam(name = "category", defaultValue = "STANDARD") TaxCategory category,
                                  @RequestParam(name = "gross", defaultValue = "false") boolean amountIsGross,
                                  @RequestParam(name = "buyerVatId", required = false) String buyerVatId) {
        Region region = Region.fromCode(regionCode);
        Money.requireNonNegative(amount, "Amount");
        boolean reverseCharge = isReverseCharge(region, buyerVatId);
        BigDecimal rate = reverseCharge ? BigDecimal.ZERO : rateTable.rateFor(region, category);

        BigDecimal net;
        BigDecimal gross;
        if (amountIsGross) {
            gross = Money.round(amount);
            net = Money.round(gross.multiply(Money.HUNDRED).divide(Money.HUNDRED.add(rate), 6, RoundingMode.HALF_UP));
        } else {
            net = Money.round(amount);
            gross = net.add(Money.percentOf(net, rate));
        }
        return new TaxBreakdown(region.code(), category, rate, net, gross.subtract(net), gross,
                region.currency(), reverseCharge, reverseCharge ? REVERSE_CHARGE_NOTE : "");
    }

    private static boolean isReverseCharge(Region region, String buyerVatId) {
        if (buyerVatId == null || buyerVatId.isBlank()) {
            return false;
        }
        String vatId = buyerVatId.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!vatId.startsWith(region.countryCode())) {
            throw new IllegalArgumentException(String.format(
                    "VAT id %s does not belong to delivery region %s", vatId, region.code()));
        }
        return region.isEuropeanUnion() && region != HOME_REGION;
    }
}
