package fx;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;

// a mapping annotation outside a controller is not routed
@Component
public class NotAController {

    @DeleteMapping("/never")
    public String never() {
        return "never";
    }
}
