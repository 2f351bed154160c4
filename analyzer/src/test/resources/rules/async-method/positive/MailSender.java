package fx;

import org.springframework.scheduling.annotation.Async;

public class MailSender {

    @Async
    public void sendLater(String text) {
    }
}
