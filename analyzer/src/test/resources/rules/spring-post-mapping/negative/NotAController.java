package fx;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;

// a mapping annotation outside a controller is not routed
@Component
public class NotAController {

    @PostMapping("/never")
    public String never() {
        return "never";
    }
}
