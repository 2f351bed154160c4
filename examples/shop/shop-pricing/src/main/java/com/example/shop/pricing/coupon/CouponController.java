package com.example.shop.pricing.coupon;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coupon checks for the checkout page. */
@RestController
@RequestMapping("/api/coupons")
public class CouponController {

    private final CouponValidator validator;

    public CouponController(CouponValidator validator) {
        this.validator = validator;
    }

    /** Tells whether a coupon applies to the order and how much it takes off. */
    // expect: trigger=http method=POST route=/api/coupons/validate verdict=strong
    @PostMapping("/validate")
    public CouponValidation validate(@RequestBody CouponRequest request) {
        return validator.validate(request);
    }
}
