package com.example.shop.catalog.reservation;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Releases the stock of checkouts that were abandoned before payment. */
@Component
public class ReservationCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(ReservationCleanupJob.class);

    private final StockReservationRepository reservations;
    private final Clock clock = Clock.systemUTC();

    public ReservationCleanupJob(StockReservationRepository reservations) {
        this.reservations = reservations;
    }

    // expect: trigger=cron cron="0 */15 * * * *" verdict=possible
    @Scheduled(cron = "${shop.reservations.cleanup-cron}")
    @Transactional
    public void releaseExpiredReservations() {
        long released = reservations.deleteByExpiresAtBefore(Instant.now(clock));
        if (released > 0) {
            log.info("Released {} expired stock reservations", released);
        }
    }
}
