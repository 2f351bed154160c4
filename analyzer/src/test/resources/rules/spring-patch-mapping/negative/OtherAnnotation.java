package fx;

import org.springframework.web.bind.annotation.RestController;

@RestController
public class OtherAnnotation {

    @PatchMapping("/lookalike")
    public String lookalike() {
        return "an annotation of the same simple name from another package";
    }

    public @interface PatchMapping {
        String value();
    }
}
