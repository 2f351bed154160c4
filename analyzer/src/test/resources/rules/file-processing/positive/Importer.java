package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.nio.file.Files;
import java.nio.file.Path;

@RestController
public class Importer {

    // expect: trigger=http method=GET route=/importer rule=spring-get-mapping signals="file-processing"
    @GetMapping("/importer")
    public String handle() throws Exception {
        return String.join(",", Files.readAllLines(Path.of("/data/in.csv")));
    }
}
