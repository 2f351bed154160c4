package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
public class Events {

    // expect: trigger=http method=GET route=/events rule=spring-get-mapping signals="streaming-response"
    @GetMapping("/events")
    public String handle() {
        SseEmitter emitter = new SseEmitter();
        return emitter.toString();
    }
}
