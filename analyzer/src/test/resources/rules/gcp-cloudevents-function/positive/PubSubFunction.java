package fx;

import com.google.cloud.functions.CloudEventsFunction;
import io.cloudevents.CloudEvent;

public class PubSubFunction implements CloudEventsFunction {

    // expect: trigger=gcp-function handler=fx.PubSubFunction binding=cloudevent rule=gcp-cloudevents-function
    @Override
    public void accept(CloudEvent event) {
    }
}
