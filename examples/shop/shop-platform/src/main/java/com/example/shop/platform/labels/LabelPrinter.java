package com.example.shop.platform.labels;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends ZPL label code to the thermal printers at the packing stations through the vendor's C
 * driver ({@code libzebralabel.so}, installed on the packing hosts only).
 */
@Component
public class LabelPrinter {

    private final String printerName;

    public LabelPrinter(@Value("${shop.labels.printer-name}") String printerName) {
        this.printerName = printerName;
    }

    /**
     * Prints one label and returns the job id the driver assigned.
     *
     * @throws LabelPrintException if the driver rejects the job
     */
    public int print(String zpl) {
        int result = Driver.sendZpl(printerName, zpl.getBytes(StandardCharsets.US_ASCII));
        if (result < 0) {
            throw new LabelPrintException(Driver.lastError(), result);
        }
        return result;
    }

    /**
     * Loads the native driver on first use, so that hosts without a printer can still start the
     * application.
     */
    private static final class Driver {

        static {
            System.loadLibrary("zebralabel");
        }

        private Driver() {
        }

        static native int sendZpl(String printerName, byte[] zpl);

        static native String lastError();
    }
}
