package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class QuickReport {

    // expect: trigger=http method=GET route=/quickreport rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/quickreport")
    public String handle() {
        return "report";
    }
}
