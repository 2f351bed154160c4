package fx;

import org.eclipse.paho.client.mqttv3.MqttClient;

public class SensorSubscriber {

    private static final String TOPIC = "sensors/+/temperature";

    private MqttClient client;

    public void start() throws Exception {
        // expect: trigger=mqtt destination=sensors/+/temperature rule=paho-mqtt-subscribe
        client.subscribe(TOPIC, 1, (topic, message) -> record(new String(message.getPayload())));
        client.subscribe("sensors/alarms", this::onAlarm);
    }

    private void record(String reading) {
    }

    // expect: trigger=mqtt destination=sensors/alarms rule=paho-mqtt-subscribe
    private void onAlarm(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
    }
}
