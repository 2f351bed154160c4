package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Converter {

    // expect: trigger=http method=GET route=/converter rule=spring-get-mapping signals="process-exec"
    @GetMapping("/converter")
    public String handle() throws Exception {
        new ProcessBuilder("convert", "in.png", "out.jpg").start();
        return "converted";
    }
}
