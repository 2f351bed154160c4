package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ResponseEntity;

@RestController
public class Plain {

    // expect: trigger=http method=GET route=/plain rule=spring-get-mapping signals=""
    @GetMapping("/plain")
    public String handle() {
        return ResponseEntity.ok("all at once").getBody();
    }
}
