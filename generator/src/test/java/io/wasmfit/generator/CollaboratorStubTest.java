package io.wasmfit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.model.Report;

/**
 * Collaborators that cannot run in a WAGI module become an interface with the methods the
 * closure calls, with the signatures the code uses, and a WasmfitTodo class; the satellite
 * compiles with javac and without Spring. Three kinds in one service: a Spring Data repository
 * (methods inherited through JpaRepository → ListCrudRepository → CrudRepository), an interface
 * nothing implements, and a class over RestTemplate.
 */
class CollaboratorStubTest {

    private static final String PKG = "src/main/java/com/acme/books/";
    private static final String ID = "com.acme.books.BookController#copy(long)";

    @TempDir
    static Path tmp;

    private static Report report;
    private static Satellite satellite;
    private static Path out;

    @BeforeAll
    static void generate() throws Exception {
        Path repo = tmp.resolve("books");
        write(repo, "BookController.java", """
                package com.acme.books;

                import org.springframework.web.bind.annotation.PathVariable;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                public class BookController {

                    private final BookService service;

                    public BookController(BookService service) {
                        this.service = service;
                    }

                    @PostMapping("/books/{id}/copy")
                    public BookView copy(@PathVariable long id) {
                        return service.copy(id);
                    }
                }
                """);
        write(repo, "BookService.java", """
                package com.acme.books;

                import java.util.List;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;

                @Service
                public class BookService {

                    private final BookRepository books;
                    private final Isbns isbns;
                    private final PriceFeed prices;

                    public BookService(BookRepository books, Isbns isbns, PriceFeed prices) {
                        this.books = books;
                        this.isbns = isbns;
                        this.prices = prices;
                    }

                    @Transactional
                    public BookView copy(long id) {
                        Book original = books.findById(id).orElseThrow();
                        Book copy = books.save(new Book(original.getTitle() + " (copy)", isbns.next()));
                        List<Book> all = books.findAll();
                        books.deleteAll(List.of(original));
                        return new BookView(copy.getTitle(), all.size(), books.count(), prices.price(copy.getTitle()));
                    }
                }
                """);
        write(repo, "BookRepository.java", """
                package com.acme.books;

                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.stereotype.Repository;

                @Repository
                public interface BookRepository extends JpaRepository<Book, Long> {

                    List<Book> findByTitle(String title);
                }
                """);
        write(repo, "Isbns.java", """
                package com.acme.books;

                /** Issued by the publisher's service, through a client the container generates. */
                public interface Isbns {

                    String next();

                    void reset();
                }
                """);
        write(repo, "PriceFeed.java", """
                package com.acme.books;

                import java.math.BigDecimal;
                import org.springframework.stereotype.Component;
                import org.springframework.web.client.RestTemplate;

                @Component
                public class PriceFeed {

                    private final RestTemplate rest;

                    public PriceFeed(RestTemplate rest) {
                        this.rest = rest;
                    }

                    public BigDecimal price(String title) {
                        return rest.getForObject("https://prices.example/" + title, BigDecimal.class);
                    }

                    public void refresh() {
                        rest.delete("https://prices.example/cache");
                    }
                }
                """);
        write(repo, "Book.java", """
                package com.acme.books;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                public class Book {

                    @Id
                    private Long id;
                    private String title;
                    private String isbn;

                    protected Book() {
                    }

                    public Book(String title, String isbn) {
                        this.title = title;
                        this.isbn = isbn;
                    }

                    public String getTitle() {
                        return title;
                    }
                }
                """);
        write(repo, "BookView.java", """
                package com.acme.books;

                import java.math.BigDecimal;

                public record BookView(String title, int shelf, long stock, BigDecimal price) {
                }
                """);
        report = new Scanner(ScanOptions.defaults(tmp.resolve("cache"), "test").withJobs(1)).scan(repo.toString(), null,
                ScanListener.NONE);
        out = tmp.resolve("satellite");
        satellite = new SatelliteGenerator(LanguageSupport.of(LanguageMatrix.builtIn())).generate(report, ID, null, out, false);
    }

    private static void write(Path repo, String name, String text) throws Exception {
        Path file = repo.resolve("src/main/java/com/acme/books").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String generated(String name) throws Exception {
        return Files.readString(out.resolve(PKG + name));
    }

    @Test
    void theSatelliteCompilesWithJavacAndWithoutSpring() throws Exception {
        assertThat(satellite.compileProblems()).isEmpty();
        try (Stream<Path> files = Files.walk(out.resolve("src"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("import org.springframework")
                        .doesNotContain("import jakarta.").doesNotContain("@Repository").doesNotContain("@Transactional");
            }
        }
    }

    @Test
    void aRepositoryGetsTheInheritedMethodsItCallsWithItsTypeArgumentsAndNothingElse() throws Exception {
        String repository = generated("BookRepository.java");
        assertThat(repository).contains("public interface BookRepository {")
                .contains("    Optional<Book> findById(Long id);\n")
                .contains("    <S extends Book> S save(S entity);\n")
                // ListCrudRepository's List, not CrudRepository's Iterable
                .contains("    List<Book> findAll();\n")
                .contains("    void deleteAll(Iterable<? extends Book> entities);\n")
                .contains("    long count();\n")
                .contains("import java.util.List;\nimport java.util.Optional;\n")
                .doesNotContain("findByTitle").doesNotContain("BookRepository extends JpaRepository<");
        assertThat(repository.lines().filter(l -> l.endsWith(");"))).hasSize(5);
    }

    @Test
    void anInterfaceNothingImplementsAndAClassOverALibraryClientAreStubbedWithTheMethodsCalled() throws Exception {
        assertThat(generated("Isbns.java")).contains("    String next();\n").doesNotContain("reset");
        assertThat(generated("PriceFeed.java")).contains("public interface PriceFeed {").contains("    BigDecimal price(String title);\n")
                .doesNotContain("refresh").doesNotContain("RestTemplate rest");
        String todo = generated("WasmfitTodoPriceFeed.java");
        assertThat(todo).contains("public final class WasmfitTodoPriceFeed implements PriceFeed {")
                .contains("public BigDecimal price(String title) {\n        throw new WasmfitTodoException(\"PriceFeed.price\", WHY);")
                .contains("\"PriceFeed uses RestTemplate (");
        assertThat(generated("WasmfitTodoIsbns.java")).contains("\"Isbns is an interface that nothing in the repository implements, ");
        assertThat(generated("WasmfitMain.java")).contains("new com.acme.books.BookService(new com.acme.books.WasmfitTodoBookRepository(),"
                + " new com.acme.books.WasmfitTodoIsbns(), new com.acme.books.WasmfitTodoPriceFeed())")
                .contains("} catch (WasmfitTodoException e) {\n            return e.response();");
    }

    @Test
    void theReadmeListsEachStubWithWhereTheClosureCallsIt() throws Exception {
        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).contains("## Collaborators that answer 501")
                .contains("### `BookRepository` → `WasmfitTodoBookRepository`")
                .contains("- `findById` at " + PKG + "BookService.java:22\n")
                .contains("- `save` at " + PKG + "BookService.java:23\n")
                .contains("- `next` at " + PKG + "BookService.java:23\n")
                .contains("- `price` at " + PKG + "BookService.java:26\n")
                .contains(PKG + "PriceFeed.java:7: PriceFeed uses RestTemplate (");
        assertThat(satellite.findings()).filteredOn(f -> f.kind() == Finding.Kind.REPLACED)
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("BookRepository extends JpaRepository (Spring Data JPA) and cannot run in a"
                        + " WAGI module: BookService gets WasmfitTodoBookRepository"));
    }
}
