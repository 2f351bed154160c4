package fx;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import io.javalin.Javalin;
import io.javalin.http.Context;

public class JavalinApp {

    public static void main(String[] args) {
        Javalin app = Javalin.create();
        // expect: trigger=http method=GET route=/ping rule=javalin-route
        app.get("/ping", ctx -> ctx.result("pong"));
        app.post("/users", JavalinApp::createUser);
        var other = Javalin.create().start(7071);
        // expect: trigger=http method=DELETE route=/users/{id} rule=javalin-route
        other.delete("/users/{id}", ctx -> ctx.status(204));
        app.routes(() -> path("/api", () -> {
            // expect: trigger=http method=GET route=/items rule=javalin-route
            get("/items", ctx -> ctx.json("[]"));
        }));
        app.start(7070);
    }

    // expect: trigger=http method=POST route=/users rule=javalin-route
    static void createUser(Context ctx) {
        ctx.status(201);
    }
}
