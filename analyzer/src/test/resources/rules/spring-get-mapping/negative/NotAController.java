package fx;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;

// a mapping annotation outside a controller is not routed
@Component
public class NotAController {

    @GetMapping("/never")
    public String never() {
        return "never";
    }
}
