package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.nio.file.Path;

@RestController
public class PathOnly {

    // expect: trigger=http method=GET route=/pathonly rule=spring-get-mapping signals=""
    @GetMapping("/pathonly")
    public String handle() {
        return Path.of("/data").resolve("in.csv").toString();
    }
}
