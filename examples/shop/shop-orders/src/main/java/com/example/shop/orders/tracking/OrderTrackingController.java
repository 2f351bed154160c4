package com.example.shop.orders.tracking;

import com.example.shop.orders.order.OrderService;
import com.example.shop.orders.order.OrderStatus;
import com.example.shop.orders.order.OrderView;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live order status for the "where is my order" page: a server-sent event each time the status
 * changes, until the order reaches a final state or the page is closed.
 */
@RestController
@RequestMapping("/api/orders")
public class OrderTrackingController {

    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    private final OrderService orderService;

    public OrderTrackingController(OrderService orderService) {
        this.orderService = orderService;
    }

    // expect: trigger=http method=GET route=/api/orders/{id}/tracking verdict=poor
    @GetMapping(path = "/{id}/tracking", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter track(@PathVariable("id") long id) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Thread poller = new Thread(() -> pollStatus(id, emitter), "order-tracking-" + id);
        poller.setDaemon(true);
        emitter.onCompletion(poller::interrupt);
        emitter.onTimeout(poller::interrupt);
        poller.start();
        return emitter;
    }

    private void pollStatus(long id, SseEmitter emitter) {
        OrderStatus last = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                OrderView order = orderService.get(id);
                if (order.status() != last) {
                    emitter.send(SseEmitter.event().name("status").id(order.status().name()).data(order));
                    last = order.status();
                }
                if (order.status().isFinal()) {
                    emitter.complete();
                    return;
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            emitter.completeWithError(e);
        }
    }
}
