package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class Upload {
    private MultipartFile lastUpload;

    // expect: trigger=http method=GET route=/upload rule=spring-get-mapping signals="streaming-request-body"
    @GetMapping("/upload")
    public String handle() {
        MultipartFile file = lastUpload;
        return String.valueOf(file.getSize());
    }
}
