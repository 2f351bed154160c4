package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Mailer {
    private MailSender sender;

    // expect: trigger=http method=GET route=/mailer rule=spring-get-mapping signals="async-method"
    @GetMapping("/mailer")
    public String handle() {
        sender.sendLater("hello");
        return "queued";
    }
}
