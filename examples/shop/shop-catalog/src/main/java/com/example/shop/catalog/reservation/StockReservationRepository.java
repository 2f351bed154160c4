package com.example.shop.catalog.reservation;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StockReservationRepository extends JpaRepository<StockReservation, Long> {

    long deleteByExpiresAtBefore(Instant cutoff);
}
