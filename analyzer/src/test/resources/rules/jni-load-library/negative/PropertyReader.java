package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PropertyReader {

    // expect: trigger=http method=GET route=/propertyreader rule=spring-get-mapping signals=""
    @GetMapping("/propertyreader")
    public String handle() {
        return System.getProperty("java.library.path");
    }
}
