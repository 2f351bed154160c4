package fx;

import io.javalin.Javalin;

// before/after filters and exception handlers wrap routes; they are not routes
public class JavalinConfig {

    public void configure(Javalin app) {
        app.before(ctx -> ctx.header("X-Trace", "1"));
        app.exception(IllegalStateException.class, (e, ctx) -> ctx.status(500));
        java.util.Map<String, String> cache = new java.util.HashMap<>();
        cache.get("/not-a-route");
    }
}
