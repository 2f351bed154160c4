package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SyncMailer {
    private SyncSender sender;

    // expect: trigger=http method=GET route=/syncmailer rule=spring-get-mapping signals=""
    @GetMapping("/syncmailer")
    public String handle() {
        sender.send("hello");
        return "sent";
    }
}
