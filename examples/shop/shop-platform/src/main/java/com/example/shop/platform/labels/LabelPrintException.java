package com.example.shop.platform.labels;

/** The label printer driver reported an error (paper out, printer offline, unknown printer). */
public class LabelPrintException extends RuntimeException {

    private final int driverCode;

    public LabelPrintException(String message, int driverCode) {
        super(message + " (driver code " + driverCode + ")");
        this.driverCode = driverCode;
    }

    public int driverCode() {
        return driverCode;
    }
}
