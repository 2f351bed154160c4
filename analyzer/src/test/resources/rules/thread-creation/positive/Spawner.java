package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Spawner {

    // expect: trigger=http method=GET route=/spawner rule=spring-get-mapping signals="teavm-host-imports,thread-creation"
    @GetMapping("/spawner")
    public String handle() {
        new Thread(() -> System.out.println("bg")).start();
        return "spawned";
    }
}
