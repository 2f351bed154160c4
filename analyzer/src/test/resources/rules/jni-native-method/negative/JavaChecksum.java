package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JavaChecksum {

    // expect: trigger=http method=GET route=/javachecksum rule=spring-get-mapping signals=""
    @GetMapping("/javachecksum")
    public String handle() {
        return String.valueOf(crc(new byte[0]));
    }

    private static long crc(byte[] data) {
        return 0;
    }
}
