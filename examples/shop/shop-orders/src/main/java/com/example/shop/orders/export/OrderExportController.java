package com.example.shop.orders.export;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Order exports for finance: a file export in the background, or a direct download. */
@RestController
@RequestMapping("/api/orders/export")
public class OrderExportController {

    private static final Logger log = LoggerFactory.getLogger(OrderExportController.class);

    /** Two exports at most at a time; more would only compete for the same replica. */
    private final ExecutorService exportPool = Executors.newFixedThreadPool(2);
    private final OrderCsvExporter exporter;

    public OrderExportController(OrderCsvExporter exporter) {
        this.exporter = exporter;
    }

    /** Starts a full export to the export share and answers at once with the job id. */
    // expect: trigger=http method=POST route=/api/orders/export verdict=poor
    @PostMapping
    public ResponseEntity<Map<String, String>> startExport() {
        String jobId = UUID.randomUUID().toString();
        exportPool.submit(() -> {
            try {
                ExportResult result = exporter.exportAll();
                log.info("Export job {} finished: {}", jobId, result);
            } catch (Exception e) {
                log.error("Export job {} failed", jobId, e);
            }
        });
        return ResponseEntity.accepted().body(Map.of("jobId", jobId, "status", "RUNNING"));
    }

    /** Streams all orders as CSV to the caller; large, so it is written while it is read. */
    // expect: trigger=http method=GET route=/api/orders/export/stream verdict=poor
    @GetMapping(path = "/stream", produces = "text/csv")
    public ResponseEntity<StreamingResponseBody> stream() {
        StreamingResponseBody body = exporter::writeTo;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"orders.csv\"")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(body);
    }

    @PreDestroy
    void shutdown() {
        exportPool.shutdown();
    }
}
