package fx;

import org.springframework.cloud.stream.function.StreamBridge;

public class StreamSender {

    private StreamBridge bridge;

    public void send(String payload) {
        bridge.send("output", payload);
    }
}
