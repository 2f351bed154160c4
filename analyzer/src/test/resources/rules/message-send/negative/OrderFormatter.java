package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.kafka.core.KafkaTemplate;

@RestController
public class OrderFormatter {
    private KafkaTemplate<String, String> kafka;

    // expect: trigger=http method=GET route=/orderformatter rule=spring-get-mapping signals=""
    @GetMapping("/orderformatter")
    public String handle() {
        return kafka.getDefaultTopic();
    }
}
