package fx;

import java.util.function.Consumer;

import io.cloudevents.CloudEvent;

public class EventSink implements Consumer<CloudEvent> {

    @Override
    public void accept(CloudEvent event) {
    }
}
