package fx;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

// a class-level mapping alone routes nothing; neither does a mapping outside a controller
@RestController
@RequestMapping("/prefix")
public class TypeLevelOnly {

    public String helper() {
        return "not mapped";
    }
}

class PlainBean {

    @RequestMapping("/plain")
    public String plain() {
        return "plain";
    }
}
