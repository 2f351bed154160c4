package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ChatHistory {
    private ChatArchive archive;

    // expect: trigger=http method=GET route=/chathistory rule=spring-get-mapping signals=""
    @GetMapping("/chathistory")
    public String handle() {
        return archive.status();
    }
}
