package fx;

import java.util.function.Function;

import org.springframework.context.annotation.Bean;

// without Spring Cloud Stream on the build a Function bean is just a bean
public class Beans {

    @Bean
    public Function<String, String> trim() {
        return String::trim;
    }
}
