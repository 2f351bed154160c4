package fx;

import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

public class ChatSocket {

    private WebSocketSession session;

    public String status() {
        return String.valueOf(session.isOpen()) + new TextMessage("ping").getPayload();
    }
}
