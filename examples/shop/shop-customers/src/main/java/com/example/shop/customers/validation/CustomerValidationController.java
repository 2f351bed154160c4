package com.example.shop.customers.validation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Field checks for the account and checkout forms. The storefront calls them while the customer
 * types, so they must answer fast and never touch the database.
 */
@RestController
@RequestMapping("/api/validation")
public class CustomerValidationController {

    private final IbanValidator ibanValidator;
    private final VatIdValidator vatIdValidator;
    private final AddressValidator addressValidator;

    public CustomerValidationController(IbanValidator ibanValidator, VatIdValidator vatIdValidator,
                                        AddressValidator addressValidator) {
        this.ibanValidator = ibanValidator;
        this.vatIdValidator = vatIdValidator;
        this.addressValidator = addressValidator;
    }

    // expect: trigger=http method=GET route=/api/validation/iban verdict=strong
    @GetMapping("/iban")
    public IbanCheck checkIban(@RequestParam("iban") String iban) {
        return ibanValidator.check(iban);
    }

    // expect: trigger=http method=GET route=/api/validation/vat-id verdict=strong
    @GetMapping("/vat-id")
    public VatIdCheck checkVatId(@RequestParam(name = "id") String vatId) {
        return vatIdValidator.check(vatId);
    }

    // expect: trigger=http method=POST route=/api/validation/address verdict=strong
    @PostMapping("/address")
    public AddressCheck checkAddress(@RequestBody AddressRequest address) {
        return addressValidator.check(address);
    }
}
