package fx;

import org.springframework.cloud.stream.annotation.StreamListener;

public class LegacyStream {

    // expect: trigger=spring-cloud-stream destination=input rule=spring-cloud-stream-listener
    @StreamListener("input")
    public void handle(String payload) {
    }
}
