package fx;

import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

public class ReactiveRoutes {

    public Object routes() {
        RouterFunctions.Builder builder = RouterFunctions.route();
        // expect: trigger=http method=PUT route=/stock/{sku} rule=spring-router-function
        builder.PUT("/stock/{sku}", request -> ServerResponse.ok().build());
        return builder.build();
    }
}
