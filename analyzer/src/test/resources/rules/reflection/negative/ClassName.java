package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ClassName {

    // expect: trigger=http method=GET route=/classname rule=spring-get-mapping signals=""
    @GetMapping("/classname")
    public String handle() {
        return ClassName.class.getSimpleName();
    }
}
