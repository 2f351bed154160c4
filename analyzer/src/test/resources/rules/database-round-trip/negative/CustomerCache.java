package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerCache {
    private CustomerDirectory directory;

    // expect: trigger=http method=GET route=/customercache rule=spring-get-mapping signals=""
    @GetMapping("/customercache")
    public String handle() {
        return directory.findAll().toString();
    }
}
