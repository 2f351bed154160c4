package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.List;

@RestController
public class Batcher {
    private JdbcTemplate jdbc;

    // expect: trigger=http method=GET route=/batcher rule=spring-get-mapping signals="io-in-loop,database-round-trip"
    @GetMapping("/batcher")
    public String handle() {
        for (String id : List.of("a", "b")) {
            jdbc.update("delete from t where id = ?", id);
        }
        return "ok";
    }
}
