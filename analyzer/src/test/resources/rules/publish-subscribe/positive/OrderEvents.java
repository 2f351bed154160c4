package fx;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderEvents {

    private KafkaTemplate<String, String> kafka;

    // expect: trigger=kafka destination=orders patterns=publish-subscribe
    @KafkaListener(topics = "orders")
    public void onOrder(String order) {
    }

    // expect: trigger=http method=POST patterns=publish-subscribe
    @PostMapping("/orders")
    public String place(String order) {
        kafka.send("orders", order);
        return "placed";
    }
}
