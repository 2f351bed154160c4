package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestParam;

@RestController
public class FormField {

    // expect: trigger=http method=GET route=/formfield rule=spring-get-mapping signals=""
    @GetMapping("/formfield")
    public String handle() {
        String name = "form field";
        return name;
    }
}
