package fx;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PatchMapping;

// a mapping annotation outside a controller is not routed
@Component
public class NotAController {

    @PatchMapping("/never")
    public String never() {
        return "never";
    }
}
