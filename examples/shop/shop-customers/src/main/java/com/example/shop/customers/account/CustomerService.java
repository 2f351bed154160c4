package com.example.shop.customers.account;

import com.example.shop.customers.validation.VatIdCheck;
import com.example.shop.customers.validation.VatIdValidator;
import com.example.shop.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer accounts and their loyalty points. */
@Service
@Transactional(readOnly = true)
public class CustomerService {

    /** Points at which a customer is promoted to VIP. */
    static final long VIP_THRESHOLD = 5_000;

    private final CustomerRepository customers;
    private final VatIdValidator vatIdValidator;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, VatIdValidator vatIdValidator) {
        this.customers = customers;
        this.vatIdValidator = vatIdValidator;
        this.clock = Clock.systemUTC();
    }

    /** All customers, for the back office's export button. */
    public List<CustomerView> list() {
        return customers.findAll().stream().map(CustomerView::from).toList();
    }

    public CustomerView get(long id) {
        return customers.findById(id).map(CustomerView::from)
                .orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @Transactional
    public CustomerView register(CustomerRequest request) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (customers.existsByEmailIgnoreCase(email)) {
            throw new IllegalArgumentException("An account with this e-mail address already exists");
        }
        String vatId = null;
        if (request.vatId() != null && !request.vatId().isBlank()) {
            VatIdCheck check = vatIdValidator.check(request.vatId());
            if (!check.valid()) {
                throw new IllegalArgumentException("Invalid VAT id: " + String.join("; ", check.problems()));
            }
            vatId = check.normalized();
        }
        Customer customer = new Customer(email, request.firstName().trim(), request.lastName().trim(), vatId,
                Instant.now(clock));
        return CustomerView.from(customers.save(customer));
    }

    /** Credits points for an order and promotes the customer once the VIP threshold is reached. */
    @Transactional
    public void creditLoyaltyPoints(long customerId, long points) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new NotFoundException("Customer", customerId));
        customer.addLoyaltyPoints(points);
        if (customer.getSegment() == CustomerSegment.NEW) {
            customer.setSegment(CustomerSegment.REGULAR);
        }
        if (customer.getLoyaltyPoints() >= VIP_THRESHOLD) {
            customer.setSegment(CustomerSegment.VIP);
        }
    }

    public CustomerSegment segmentOf(long customerId) {
        return customers.findById(customerId).map(Customer::getSegment).orElse(CustomerSegment.NEW);
    }
}
