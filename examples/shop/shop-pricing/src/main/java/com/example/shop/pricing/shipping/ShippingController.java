package com.example.shop.pricing.shipping;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shipping cost estimates for the product page and the checkout. */
@RestController
@RequestMapping("/api/shipping")
public class ShippingController {

    @Autowired
    private ShippingCostEstimator estimator;

    /** Cost and delivery time of one parcel to {@code country}. */
    // expect: trigger=http method=GET route=/api/shipping/estimate verdict=strong
    @GetMapping("/estimate")
    public ShippingEstimate estimate(@RequestParam(name = "country") String country,
                                     @RequestParam(name = "weightGrams") int weightGrams,
                                     @RequestParam(name = "express", required = false, defaultValue = "false") boolean express,
                                     @RequestParam(name = "postcode", required = false) String postcode) {
        return estimator.estimate(country, weightGrams, express, postcode);
    }
}
