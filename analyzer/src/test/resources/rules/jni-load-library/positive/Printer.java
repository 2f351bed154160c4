package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Printer {

    // expect: trigger=http method=GET route=/printer rule=spring-get-mapping signals="jni-load-library"
    @GetMapping("/printer")
    public String handle() {
        System.loadLibrary("labelprinter");
        return "printed";
    }
}
