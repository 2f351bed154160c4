package fx;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PutMapping;

// a mapping annotation outside a controller is not routed
@Component
public class NotAController {

    @PutMapping("/never")
    public String never() {
        return "never";
    }
}
