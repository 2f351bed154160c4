package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.kafka.core.KafkaTemplate;

@RestController
public class OrderNotifier {
    private KafkaTemplate<String, String> kafka;

    // expect: trigger=http method=GET route=/ordernotifier rule=spring-get-mapping signals="message-send"
    @GetMapping("/ordernotifier")
    public String handle() {
        kafka.send("orders", "placed");
        return "sent";
    }
}
