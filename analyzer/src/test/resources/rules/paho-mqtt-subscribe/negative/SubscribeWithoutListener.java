package fx;

import org.eclipse.paho.client.mqttv3.MqttClient;

// subscribing without a listener hands messages to the client's callback, not to code here
public class SubscribeWithoutListener {

    private MqttClient client;

    public void start() throws Exception {
        client.subscribe("sensors/#", 1);
    }
}
