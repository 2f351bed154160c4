package fx;

import org.springframework.kafka.annotation.KafkaListener;

public class PaymentEvents {

    static final String TOPIC = "payments." + "captured";

    // expect: trigger=kafka destination=payments.captured rule=spring-kafka-listener
    @KafkaListener(topics = TOPIC, groupId = "fx")
    public void onCaptured(String payload) {
    }
}
