package com.example.shop.customers.account;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Customer accounts for the back office and the sign-up form. */
@RestController
@RequestMapping("/api/customers")
public class CustomerController {

    private final CustomerService customerService;

    public CustomerController(CustomerService customerService) {
        this.customerService = customerService;
    }

    /** Every customer in one response; the back office exports it to a spreadsheet. */
    // expect: trigger=http method=GET route=/api/customers verdict=possible
    @GetMapping
    public List<CustomerView> list() {
        return customerService.list();
    }

    // expect: trigger=http method=GET route=/api/customers/{id} verdict=possible
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public CustomerView get(@PathVariable("id") long id) {
        return customerService.get(id);
    }

    // expect: trigger=http method=POST route=/api/customers verdict=possible
    @PostMapping
    public ResponseEntity<CustomerView> register(@Valid @RequestBody CustomerRequest request) {
        CustomerView created = customerService.register(request);
        return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created);
    }
}
