package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;

/** What a candidate's closure reaches, and what it must not. */
class ClosureTest {

    @TempDir
    Path dir;

    private static final String CONTROLLER = """
            package shop;
            import org.springframework.web.bind.annotation.*;
            import static shop.Rounding.round2;
            @RestController
            class QuoteController {
                private final PriceService prices;
                QuoteController(PriceService prices) { this.prices = prices; }
                @GetMapping("/quote")
                public Quote quote(@RequestParam String sku, @RequestParam int qty) {
                    double total = prices.table().priceOf(sku) * qty;
                    return new Quote(sku, round2(total));
                }
            }
            """;

    private Candidate only(Report r) {
        assertThat(r.candidates()).hasSize(1);
        return r.candidates().get(0);
    }

    @Test
    void followsFieldsInterfacesChainsStaticImportsAndConstructors() {
        Report r = TestProjects.in(dir).java(CONTROLLER)
                .java("package shop; interface PriceService { PriceTable table(); }")
                .java("package shop; class DefaultPriceService implements PriceService { public PriceTable table() { return new PriceTable(); } }")
                .java("package shop; class PriceTable { double priceOf(String sku) { return Discounts.apply(sku.length()); } }")
                .java("package shop; final class Discounts { static double apply(int n) { return n * 0.9; } }")
                .java("package shop; final class Rounding { static double round2(double d) { return Math.round(d * 100) / 100.0; } }")
                .java("package shop; record Quote(String sku, double total) {}")
                .java("package shop; class Unrelated { void never() {} }")
                .scan();
        Candidate c = only(r);
        assertThat(c.closure().methodIds()).containsExactlyInAnyOrder(
                "shop.QuoteController#quote(String,int)",
                "shop.PriceService#table()",
                "shop.DefaultPriceService#table()",
                "shop.PriceTable#priceOf(String)",
                "shop.Discounts#apply(int)",
                "shop.Rounding#round2(double)");
        assertThat(c.closure().typeNames()).contains("shop.Quote").doesNotContain("shop.Unrelated");
        assertThat(c.closure().unresolvedCalls()).isZero();
        assertThat(c.closure().truncated()).isFalse();
        assertThat(c.closure().externalTypes()).contains("java.lang.String", "java.lang.Math");
    }

    @Test
    void cyclesAreVisitedOnceAndDepthIsBounded() {
        StringBuilder chain = new StringBuilder("package shop; class Chain {\n");
        for (int i = 0; i < 30; i++) {
            chain.append("  static int m").append(i).append("(int x) { return m").append(i + 1).append("(x) + m0(x - 1); }\n");
        }
        chain.append("  static int m30(int x) { return x; }\n}\n");
        Report r = TestProjects.in(dir).java("""
                package shop;
                import org.springframework.web.bind.annotation.*;
                @RestController class Deep { @GetMapping("/deep") public int deep() { return Chain.m0(3); } }
                """).java(chain.toString()).scan();
        Candidate c = only(r);
        assertThat(c.closure().truncated()).isTrue();
        assertThat(c.closure().methods()).isEqualTo(13);
        assertThat(c.closure().methodIds()).doesNotHaveDuplicates();
    }

    @Test
    void unknownReceiversOfRepositoryMethodNamesAreCountedAsUnresolved() {
        Report r = TestProjects.in(dir).java("""
                package shop;
                import java.util.function.Supplier;
                import org.springframework.web.bind.annotation.*;
                @RestController class Odd {
                    @GetMapping("/odd") public int odd(Supplier<Calc> s) { return s.get().compute(); }
                }
                """).java("package shop; class Calc { int compute() { return 1; } }").scan();
        Candidate c = only(r);
        assertThat(c.closure().unresolvedCalls()).isEqualTo(1);
        assertThat(c.closure().methodIds()).containsExactly("shop.Odd#odd(Supplier)");
    }

    @Test
    void aRepositoryInterfaceExtendingSpringDataMakesSpringDataADependency() {
        Report r = TestProjects.in(dir).java("""
                package shop;
                import org.springframework.web.bind.annotation.*;
                @RestController class Products {
                    private final ProductRepository repo;
                    Products(ProductRepository repo) { this.repo = repo; }
                    @GetMapping("/p/{id}") public Object get(@PathVariable long id) { return repo.findById(id); }
                }
                """).java("""
                package shop;
                import org.springframework.data.jpa.repository.JpaRepository;
                interface ProductRepository extends JpaRepository<Object, Long> {}
                """).scan();
        Candidate c = only(r);
        assertThat(c.closure().typeNames()).contains("shop.ProductRepository");
        assertThat(c.closure().externalTypes()).contains("org.springframework.data.jpa.repository.JpaRepository");
        assertThat(c.evidence()).anySatisfy(e -> assertThat(e.ruleId()).isEqualTo("database-round-trip"));
    }
}
