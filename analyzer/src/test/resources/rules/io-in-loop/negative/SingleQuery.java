package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.jdbc.core.JdbcTemplate;

@RestController
public class SingleQuery {
    private JdbcTemplate jdbc;

    // expect: trigger=http method=GET route=/singlequery rule=spring-get-mapping signals="database-round-trip"
    @GetMapping("/singlequery")
    public String handle() {
        jdbc.update("delete from t");
        return "ok";
    }
}
