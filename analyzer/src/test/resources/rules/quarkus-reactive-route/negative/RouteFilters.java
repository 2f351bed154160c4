package fx;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

// a filter runs around routes; it is not one
public class RouteFilters {

    @RouteFilter(100)
    public void addHeader(RoutingContext ctx) {
        ctx.next();
    }
}
