package io.wasmfit.app.gui;

import java.util.Locale;

import javafx.application.Application;

/** Starts the desktop app and returns when its window is closed. */
public final class GuiLauncher {

    private GuiLauncher() {
    }

    /**
     * Why no window can be opened here, or null when one can: on Linux and other X11 systems a
     * window needs DISPLAY or WAYLAND_DISPLAY (JavaFX would otherwise fail deep inside GTK).
     */
    public static String whyNoDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean x11 = !os.contains("win") && !os.contains("mac");
        boolean headlessPlatform = "Monocle".equals(System.getProperty("glass.platform"));
        if (x11 && !headlessPlatform && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            return "there is no display to open the desktop app on (DISPLAY is not set); run it in a desktop "
                    + "session, or use the command line: wasmfit --help";
        }
        return null;
    }

    /** Blocks until the window closes. {@code location} (may be null) is scanned at once. */
    public static void launch(String location) {
        Application.launch(GuiApp.class, location == null ? new String[0] : new String[] {location});
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
