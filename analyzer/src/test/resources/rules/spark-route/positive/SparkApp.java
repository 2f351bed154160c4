package fx;

import static spark.Spark.*;

public class SparkApp {

    public static void main(String[] args) {
        // expect: trigger=http method=GET route=/hello rule=spark-route
        get("/hello", (req, res) -> "hello");
        // expect: trigger=http method=POST route=/orders rule=spark-route
        post("/orders", "application/json", (req, res) -> {
            res.status(201);
            return "created";
        });
        // expect: trigger=http method=GET route=/report rule=spark-route
        get("/report", (req, res) -> "report", new JsonTransformer());
    }

    static class JsonTransformer {
        public String render(Object model) {
            return String.valueOf(model);
        }
    }
}
