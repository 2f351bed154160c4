package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.data.redis.core.StringRedisTemplate;

@RestController
public class SessionCount {
    private StringRedisTemplate redis;

    // expect: trigger=http method=GET route=/sessioncount rule=spring-get-mapping signals="cache-round-trip"
    @GetMapping("/sessioncount")
    public String handle() {
        return String.valueOf(redis.opsForValue().increment("visits"));
    }
}
