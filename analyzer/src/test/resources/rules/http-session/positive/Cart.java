package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;

@RestController
public class Cart {
    private HttpServletRequest request;

    // expect: trigger=http method=GET route=/cart rule=spring-get-mapping signals="http-session"
    @GetMapping("/cart")
    public String handle() {
        Object items = request.getSession().getAttribute("cart");
        return String.valueOf(items);
    }
}
