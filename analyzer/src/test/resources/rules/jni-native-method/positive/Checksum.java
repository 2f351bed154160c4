package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Checksum {

    // expect: trigger=http method=GET route=/checksum rule=spring-get-mapping signals="jni-native-method"
    @GetMapping("/checksum")
    public String handle() {
        return String.valueOf(crc(new byte[0]));
    }

    private static native long crc(byte[] data);
}
