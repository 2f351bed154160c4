package io.wasmfit.report;

import io.wasmfit.model.Report;

/** The report the browser test and the benchmark use for "the example". */
final class ExampleReport {

    private ExampleReport() {
    }

    static Report load() {
        return SampleReports.shop();
    }

    static String describe() {
        return "hand-built shop report";
    }
}
