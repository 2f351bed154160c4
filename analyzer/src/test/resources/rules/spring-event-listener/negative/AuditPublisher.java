package fx;

import org.springframework.context.ApplicationEventPublisher;

public class AuditPublisher {

    private ApplicationEventPublisher events;

    public void register(String name) {
        events.publishEvent(name);
    }
}
