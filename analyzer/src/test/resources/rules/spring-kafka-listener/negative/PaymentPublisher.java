package fx;

import org.springframework.kafka.core.KafkaTemplate;

// sending to Kafka is not being invoked by Kafka
public class PaymentPublisher {

    private KafkaTemplate<String, String> kafka;

    public void publish(String payload) {
        kafka.send("payments.captured", payload);
    }
}
