package io.wasmfit.app.gui.service;

import java.util.List;

/** The look of the app: light (JavaFX's Modena with wasmfit's colours) or dark. */
public enum Theme {
    LIGHT, DARK;

    private static final String BASE = "/io/wasmfit/app/gui/wasmfit.css";
    private static final String DARK_OVERLAY = "/io/wasmfit/app/gui/dark.css";

    /** The stylesheets, in order, to put on every scene and dialog. */
    public List<String> stylesheets() {
        String base = Theme.class.getResource(BASE).toExternalForm();
        return this == LIGHT ? List.of(base) : List.of(base, Theme.class.getResource(DARK_OVERLAY).toExternalForm());
    }
}
