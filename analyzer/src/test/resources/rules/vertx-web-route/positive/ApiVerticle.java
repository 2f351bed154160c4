package fx;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

public class ApiVerticle extends AbstractVerticle {

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        // expect: trigger=http method=GET route=/health rule=vertx-web-route
        router.get("/health").handler(ctx -> ctx.response().end("ok"));
        router.post("/orders").consumes("application/json").handler(this::createOrder);
        router.route("/legacy/*").handler(new Handler<RoutingContext>() {
            // expect: trigger=http method=ANY route=/legacy/* rule=vertx-web-route
            @Override
            public void handle(RoutingContext ctx) {
                ctx.response().end("legacy");
            }
        });
        vertx.createHttpServer().requestHandler(router).listen(8080);
    }

    // expect: trigger=http method=POST route=/orders rule=vertx-web-route
    private void createOrder(RoutingContext ctx) {
        ctx.response().setStatusCode(201).end();
    }
}
