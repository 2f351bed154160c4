package fx;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttMessage;

public class SensorCallback implements MqttCallback {

    @Override
    public void connectionLost(Throwable cause) {
    }

    // expect: trigger=mqtt rule=paho-mqtt-callback
    @Override
    public void messageArrived(String topic, MqttMessage message) {
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
    }
}
