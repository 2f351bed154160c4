package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ChatStatus {
    private ChatSocket socket;

    // expect: trigger=http method=GET route=/chatstatus rule=spring-get-mapping signals="websocket"
    @GetMapping("/chatstatus")
    public String handle() {
        return socket.status();
    }
}
