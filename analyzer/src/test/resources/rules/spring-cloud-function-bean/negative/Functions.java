package fx;

import java.util.function.Function;

import org.springframework.context.annotation.Bean;

public class Functions {

    @Bean
    public Function<String, String> uppercase() {
        return value -> value.toUpperCase();
    }
}
