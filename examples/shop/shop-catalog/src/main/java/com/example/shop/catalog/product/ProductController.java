package com.example.shop.catalog.product;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The product catalog, read by the storefront and maintained by the back office. */
@RestController
@RequestMapping(path = "/api/products")
public class ProductController {

    private final ProductService productService;

    public ProductController(ProductService productService) {
        this.productService = productService;
    }

    // expect: trigger=http method=GET route=/api/products/{id} verdict=possible
    @GetMapping("/{id}")
    public ProductView get(@PathVariable long id) {
        return productService.get(id);
    }

    /** Active products, one page at a time, sorted by SKU. */
    // expect: trigger=http method=GET route=/api/products verdict=possible
    @GetMapping
    public ProductPage list(@RequestParam(name = "page", defaultValue = "0") int page,
                            @RequestParam(name = "size", defaultValue = "20") int size,
                            @RequestParam(name = "category", required = false) String category) {
        return productService.list(page, size, category);
    }

    // expect: trigger=http method=POST route=/api/products verdict=possible
    @PostMapping
    public ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request) {
        ProductView created = productService.create(request);
        return ResponseEntity.created(URI.create("/api/products/" + created.id())).body(created);
    }

    // expect: trigger=http method=PUT route=/api/products/{id} verdict=possible
    @PutMapping("/{id}")
    public ProductView update(@PathVariable("id") long id, @Valid @RequestBody ProductRequest request) {
        return productService.update(id, request);
    }

    // expect: trigger=http method=DELETE route=/api/products/{id} verdict=possible
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable("id") long id) {
        productService.delete(id);
    }
}
