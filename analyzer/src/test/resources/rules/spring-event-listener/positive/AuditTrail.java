package fx;

import org.springframework.context.event.EventListener;

public class AuditTrail {

    // expect: trigger=spring-event destination=UserRegistered rule=spring-event-listener
    @EventListener
    public void on(UserRegistered event) {
    }

    // expect: trigger=spring-event destination=UserDeleted rule=spring-event-listener
    @EventListener(classes = UserDeleted.class)
    public void onDeleted() {
    }

    record UserRegistered(String name) {
    }

    record UserDeleted(String name) {
    }
}
