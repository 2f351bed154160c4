package fx;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

// a declarative HTTP client calls out; it is not invoked by requests
@Client("/books")
public interface BookClient {

    @Get("/{isbn}")
    String find(String isbn);
}
