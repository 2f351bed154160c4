package com.example.shop.orders.export;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly full export that feeds the finance data warehouse. */
@Component
public class NightlyExportJob {

    private static final Logger log = LoggerFactory.getLogger(NightlyExportJob.class);

    private final OrderCsvExporter exporter;

    public NightlyExportJob(OrderCsvExporter exporter) {
        this.exporter = exporter;
    }

    // expect: trigger=cron cron="0 30 2 * * *" verdict=poor
    @Scheduled(cron = OrderSchedules.NIGHTLY_EXPORT_CRON)
    public void exportNightly() throws IOException {
        try {
            exporter.exportAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Nightly export interrupted by shutdown");
        }
    }
}
