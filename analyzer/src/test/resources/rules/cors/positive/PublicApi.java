package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.CrossOrigin;

@RestController
@CrossOrigin(origins = "https://shop.example")
public class PublicApi {

    // expect: trigger=http method=GET route=/publicapi rule=spring-get-mapping signals="" patterns=cors
    @GetMapping("/publicapi")
    public String handle() {
        return "public";
    }
}
