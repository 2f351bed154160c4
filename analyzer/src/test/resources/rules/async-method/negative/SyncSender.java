package fx;

import org.springframework.transaction.annotation.Transactional;

public class SyncSender {

    @Transactional
    public void send(String text) {
    }
}
