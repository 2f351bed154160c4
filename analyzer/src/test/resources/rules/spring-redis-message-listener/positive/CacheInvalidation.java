package fx;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;

public class CacheInvalidation implements MessageListener {

    // expect: trigger=redis rule=spring-redis-message-listener
    @Override
    public void onMessage(Message message, byte[] pattern) {
    }
}
