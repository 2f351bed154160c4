package fx;

import java.util.function.Function;

public class NotRouting {

    // a builder of the same shape that is not Spring's router
    public Object routes(Menu menu) {
        return menu.GET("/not-a-route", x -> x);
    }

    interface Menu {
        Object GET(String label, Function<Object, Object> action);
    }
}
