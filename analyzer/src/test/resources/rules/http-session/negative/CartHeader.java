package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;

@RestController
public class CartHeader {
    private HttpServletRequest request;

    // expect: trigger=http method=GET route=/cartheader rule=spring-get-mapping signals=""
    @GetMapping("/cartheader")
    public String handle() {
        return request.getHeader("X-Cart");
    }
}
