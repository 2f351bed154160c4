package fx;

import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.RouteBase;
import io.vertx.ext.web.RoutingContext;

@RouteBase(path = "/greetings")
public class GreetingRoutes {

    // expect: trigger=http method=GET route=/greetings/hello rule=quarkus-reactive-route
    @Route(path = "/hello", methods = Route.HttpMethod.GET)
    public String hello(RoutingContext ctx) {
        return "hello";
    }

    // expect: trigger=http method=ANY route=/greetings/bye rule=quarkus-reactive-route
    @Route
    public String bye() {
        return "bye";
    }
}
