package fx;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class Processors {

    // expect: trigger=spring-cloud-stream destination=enrich-in-0 rule=spring-cloud-stream-function
    @Bean
    public Function<String, String> enrich() {
        return s -> s.toUpperCase();
    }

    // expect: trigger=spring-cloud-stream destination=audit-in-0 rule=spring-cloud-stream-function
    @Bean
    public Consumer<String> audit() {
        return s -> { };
    }

    // a Supplier is a source polled by the binder, not invoked by a message
    @Bean
    public Supplier<String> heartbeat() {
        return () -> "beat";
    }
}
