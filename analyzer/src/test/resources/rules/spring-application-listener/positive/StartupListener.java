package fx;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

public class StartupListener implements ApplicationListener<ApplicationReadyEvent> {

    // expect: trigger=spring-event destination=ApplicationReadyEvent rule=spring-application-listener
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
    }
}
