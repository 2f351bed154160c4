package com.example.shop.orders.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes orders that were never paid. The payment provider gives up after a week; after two we
 * are sure no late payment can arrive, and no invoice exists for them.
 */
@Component
public class OrderCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(OrderCleanupJob.class);
    static final Duration UNPAID_RETENTION = Duration.ofDays(14);

    private final OrderService orderService;
    private final Clock clock = Clock.systemUTC();

    public OrderCleanupJob(OrderService orderService) {
        this.orderService = orderService;
    }

    // expect: trigger=cron cron="0 0 3 * * *" verdict=possible
    @Scheduled(cron = "0 0 3 * * *")
    public void purgeUnpaidOrders() {
        int purged = orderService.purgeUnpaidBefore(Instant.now(clock).minus(UNPAID_RETENTION));
        log.info("Purged {} unpaid orders older than {}", purged, UNPAID_RETENTION);
    }
}
