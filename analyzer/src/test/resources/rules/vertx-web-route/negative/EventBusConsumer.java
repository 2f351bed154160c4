package fx;

import io.vertx.core.AbstractVerticle;

// handlers on the event bus or on a plain HTTP server are not router routes
public class EventBusConsumer extends AbstractVerticle {

    @Override
    public void start() {
        vertx.eventBus().consumer("orders").handler(message -> message.reply("ok"));
        vertx.createHttpServer().requestHandler(req -> req.response().end()).listen(8081);
    }
}
