package fx;

import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

public class PetHandler {

    public String find(String id) {
        return "pet " + id;
    }

    // expect: trigger=http method=POST route=/pets rule=spring-router-function
    public ServerResponse create(ServerRequest request) {
        return ServerResponse.ok().build();
    }
}
