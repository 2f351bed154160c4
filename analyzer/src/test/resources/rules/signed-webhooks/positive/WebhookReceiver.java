package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.HexFormat;

@RestController
public class WebhookReceiver {

    // expect: trigger=http method=GET route=/webhookreceiver rule=spring-get-mapping signals="" patterns=signed-webhooks
    @GetMapping("/webhookreceiver")
    public String handle() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret".getBytes(), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal("payload".getBytes()));
    }
}
