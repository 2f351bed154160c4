package com.example.shop.orders.export;

import com.example.shop.orders.order.Order;
import com.example.shop.orders.order.OrderRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Writes every order to CSV for the finance team's data warehouse. Reads page by page from the
 * reporting replica and pauses between pages, because the replica also serves the BI dashboards.
 */
@Component
public class OrderCsvExporter {

    private static final Logger log = LoggerFactory.getLogger(OrderCsvExporter.class);
    static final String HEADER = "order_number,customer_id,status,shipping_region,currency,net_total,tax_total,gross_total,created_at";
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final OrderRepository orders;
    private final Path exportDirectory;
    private final int pageSize;
    private final long throttleMillis;
    private final Clock clock = Clock.systemUTC();

    public OrderCsvExporter(OrderRepository orders,
                            @Value("${shop.export.directory}") Path exportDirectory,
                            @Value("${shop.export.page-size:500}") int pageSize,
                            @Value("${shop.export.throttle-ms:200}") long throttleMillis) {
        this.orders = orders;
        this.exportDirectory = exportDirectory;
        this.pageSize = pageSize;
        this.throttleMillis = throttleMillis;
    }

    /**
     * Exports all orders into a new file in the export directory. The file appears under its final
     * name only when complete, so that the warehouse loader never picks up half an export.
     */
    public ExportResult exportAll() throws IOException, InterruptedException {
        Files.createDirectories(exportDirectory);
        Path target = exportDirectory.resolve("orders-" + LocalDateTime.now(clock).format(FILE_STAMP) + ".csv");
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        long rows;
        int pages;
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            long[] counts = writeAll(out);
            rows = counts[0];
            pages = (int) counts[1];
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        log.info("Exported {} orders in {} pages to {}", rows, pages, target);
        return new ExportResult(target.toString(), rows, pages);
    }

    /** Streams the same CSV to a client, e.g. the download button of the back office. */
    public void writeTo(OutputStream stream) {
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            writeAll(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Export interrupted", e);
        }
    }

    /** Returns {rows, pages}. */
    private long[] writeAll(Writer out) throws IOException, InterruptedException {
        out.write(HEADER);
        out.write('\n');
        long rows = 0;
        int page = 0;
        while (true) {
            Page<Order> batch = orders.findAll(PageRequest.of(page, pageSize, Sort.by("id")));
            if (batch.isEmpty()) {
                break;
            }
            for (Order order : batch) {
                out.write(toCsvRow(order));
                out.write('\n');
                rows++;
            }
            page++;
            Thread.sleep(throttleMillis);
        }
        return new long[] {rows, page};
    }

    static String toCsvRow(Order order) {
        return String.join(",",
                quote(order.getOrderNumber()),
                Long.toString(order.getCustomerId()),
                order.getStatus().name(),
                order.getShippingRegion(),
                order.getCurrency(),
                order.getNetTotal().toPlainString(),
                order.getTaxTotal().toPlainString(),
                order.getGrossTotal().toPlainString(),
                order.getCreatedAt().toString());
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
