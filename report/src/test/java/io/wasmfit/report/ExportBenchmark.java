package io.wasmfit.report;

import io.wasmfit.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Export sizes and times per format, for the example's report and a synthetic 1,000-candidate
 * one. The baseline is the JSON export of the same report in the same run; times are medians
 * after warm-up, rendering into a byte-counting stream. Run: {@code ./mvnw -q -B -pl report -am -Pbench -DskipTests verify}
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "wasmfit export benchmark (Java %s, %d cores)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        measure("example (" + ExampleReport.describe() + ")", ExampleReport.load(), 200);
        measure("synthetic, 1,000 candidates", SampleReports.synthetic(1000, 42), 20);
    }

    private static void measure(String title, Report report, int runs) throws IOException {
        System.out.printf(Locale.ROOT, "%n%s: %d candidates%n", title, report.candidates().size());
        System.out.printf(Locale.ROOT, "  %-6s %12s %14s %12s %10s%n", "format", "size (bytes)", "size vs json",
                "median ms", "vs json");
        double jsonMs = 0;
        long jsonSize = 0;
        for (Exporter exporter : Exporters.all()) {
            long size = export(exporter, report);
            for (int i = 0; i < Math.max(5, runs / 4); i++) {
                export(exporter, report);
            }
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                export(exporter, report);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double median = times[runs / 2];
            if (exporter.format().equals("json")) {
                jsonMs = median;
                jsonSize = size;
            }
            System.out.printf(Locale.ROOT, "  %-6s %12d %13.2fx %12.2f %9.2fx%n", exporter.format(), size,
                    (double) size / jsonSize, median, median / jsonMs);
        }
    }

    /** Renders into a stream that only counts: the time is the exporter's, not the disk's or the heap's. */
    private static long export(Exporter exporter, Report report) throws IOException {
        CountingStream out = new CountingStream();
        exporter.write(report, out);
        return out.count;
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
