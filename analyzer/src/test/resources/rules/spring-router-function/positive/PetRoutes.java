package fx;

import static org.springframework.web.servlet.function.RequestPredicates.*;
import static org.springframework.web.servlet.function.RouterFunctions.*;

import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

public class PetRoutes {

    private final PetHandler handler = new PetHandler();

    @Bean
    public RouterFunction<ServerResponse> builderRoutes() {
        return route()
                // expect: trigger=http method=GET route=/pets/{id} rule=spring-router-function
                .GET("/pets/{id}", request -> ServerResponse.ok().body(handler.find(request.pathVariable("id"))))
                .POST("/pets", handler::create)
                .build();
    }

    @Bean
    public RouterFunction<ServerResponse> predicateRoutes() {
        // expect: trigger=http method=DELETE route=/pets/{id} rule=spring-router-function
        return route(DELETE("/pets/{id}"), request -> ServerResponse.noContent().build());
    }
}
