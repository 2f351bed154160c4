package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BookController {

    private BookRepository books;

    // expect: trigger=http rule=spring-get-mapping signals=database-round-trip patterns="http-crud-postgresql"
    @GetMapping("/books")
    public String list() {
        return books.findAll().toString();
    }
}
