package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import java.security.MessageDigest;
import java.util.HexFormat;

@RestController
public class ContentHash {

    // expect: trigger=http method=GET route=/contenthash rule=spring-get-mapping signals="" patterns=""
    @GetMapping("/contenthash")
    public String handle() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha.digest("payload".getBytes()));
    }
}
