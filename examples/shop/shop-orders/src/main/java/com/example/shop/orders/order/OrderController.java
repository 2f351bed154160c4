package com.example.shop.orders.order;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Orders for the checkout, the customer account page and customer service. */
@RestController
@RequestMapping("/api/orders")
public class OrderController {

    private final OrderService orderService;

    public OrderController(OrderService orderService) {
        this.orderService = orderService;
    }

    // expect: trigger=http method=GET route=/api/orders/{id} verdict=possible
    @GetMapping("/{id}")
    public OrderView get(@PathVariable long id) {
        return orderService.get(id);
    }

    // expect: trigger=http method=POST route=/api/orders verdict=possible
    @PostMapping
    public ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request) {
        OrderView placed = orderService.place(request);
        return ResponseEntity.created(URI.create("/api/orders/" + placed.id())).body(placed);
    }

    /** The order total in the customer's home currency, for customer service calls. */
    // expect: trigger=http method=GET route=/api/orders/{id}/total verdict=possible
    @GetMapping("/{id}/total")
    public OrderTotal total(@PathVariable("id") long id,
                            @RequestParam(name = "currency", defaultValue = "EUR") String currency) {
        return orderService.totalIn(id, currency);
    }
}
