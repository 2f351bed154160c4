package fx;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;

public class Functions {

    // expect: trigger=spring-cloud-function handler=uppercase rule=spring-cloud-function-bean
    @Bean
    public Function<String, String> uppercase() {
        return value -> value.toUpperCase();
    }

    // expect: trigger=spring-cloud-function handler=clock rule=spring-cloud-function-bean
    @Bean
    public Supplier<Long> clock() {
        return System::currentTimeMillis;
    }

    @Bean
    public String notAFunction() {
        return "plain bean";
    }
}
