package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PrivateApi {

    // expect: trigger=http method=GET route=/privateapi rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/privateapi")
    public String handle() {
        return "private";
    }
}
