package io.wasmfit.app.gui.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The desktop app's log file: what went wrong, with stack traces, so that dialogs can stay short
 * and name this file instead. The file is rotated once it passes 2 MB.
 */
public final class GuiLog {

    private static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Path file;

    public GuiLog(Path folder) {
        this.file = folder.resolve("wasmfit-gui.log");
    }

    public Path file() {
        return file;
    }

    public void info(String message) {
        write("INFO  " + message);
    }

    public void error(String message, Throwable cause) {
        write("ERROR " + message + "\n" + stackTrace(cause));
    }

    public static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private synchronized void write(String entry) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            String line = LocalDateTime.now().format(TIME) + " [" + Thread.currentThread().getName() + "] " + entry + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // a log that cannot be written must not take the app down with it
        }
    }
}
