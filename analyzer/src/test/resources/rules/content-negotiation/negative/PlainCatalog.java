package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PlainCatalog {

    // expect: trigger=http method=GET route=/plaincatalog rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/plaincatalog")
    public String handle() {
        return "catalog";
    }
}
