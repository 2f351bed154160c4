package fx;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;

public class SensorPublisher {

    private MqttClient client;

    public void publish(String reading) throws Exception {
        client.publish("sensors/temperature", new MqttMessage(reading.getBytes()));
    }

    public void messageArrived(String topic, MqttMessage message) {
        // same name, but this class is no callback
    }
}
