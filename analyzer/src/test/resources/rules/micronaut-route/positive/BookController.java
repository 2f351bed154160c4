package fx;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

@Controller("/books")
public class BookController {

    // expect: trigger=http method=GET route=/books/{isbn} rule=micronaut-route
    @Get("/{isbn}")
    public String find(String isbn) {
        return isbn;
    }

    // expect: trigger=http method=POST route=/books rule=micronaut-route
    @Post
    public String save(String book) {
        return book;
    }
}
