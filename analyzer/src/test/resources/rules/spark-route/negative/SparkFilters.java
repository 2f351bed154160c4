package fx;

import static spark.Spark.before;
import static spark.Spark.port;

public class SparkFilters {

    public static void main(String[] args) {
        port(4567);
        before((req, res) -> res.header("X-Trace", "1"));
    }

    // a method called get in the application itself
    static String get(String key, Object fallback) {
        return key;
    }

    static void use() {
        get("/not-a-route", (Runnable) () -> { });
    }
}
