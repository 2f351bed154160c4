package fx;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

@Controller
@RequestMapping("/customers")
public class CustomerEndpoints {

    // expect: trigger=http method=GET route=/customers/{id} rule=spring-request-mapping
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String one(long id) {
        return "customer";
    }

    // expect: trigger=http method=ANY route=/customers/search rule=spring-request-mapping
    @RequestMapping("search")
    public String search() {
        return "any method";
    }
}
