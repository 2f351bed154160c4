package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PluginLoader {

    // expect: trigger=http method=GET route=/pluginloader rule=spring-get-mapping signals="reflection"
    @GetMapping("/pluginloader")
    public String handle() throws Exception {
        return Class.forName("fx.Plugin").getName();
    }
}
