package com.example.shop.catalog.product;

import com.example.shop.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintenance of the catalog by the back office, and stock corrections from the warehouse. */
@Service
@Transactional(readOnly = true)
public class ProductService {

    static final int MAX_PAGE_SIZE = 100;

    private final ProductRepository products;
    private final Clock clock = Clock.systemUTC();

    public ProductService(ProductRepository products) {
        this.products = products;
    }

    public ProductView get(long id) {
        return ProductView.from(load(id));
    }

    public ProductPage list(int page, int size, String category) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        PageRequest request = PageRequest.of(page, size, Sort.by("sku"));
        Page<Product> result = category == null
                ? products.findByActiveTrue(request)
                : products.findByActiveTrueAndCategory(category, request);
        return new ProductPage(result.map(ProductView::from).getContent(), page, size,
                result.getTotalElements(), result.getTotalPages());
    }

    public int stockOnHand(String sku) {
        return products.findBySku(sku).map(Product::getStockOnHand)
                .orElseThrow(() -> new NotFoundException("Product", sku));
    }

    @Transactional
    public ProductView create(ProductRequest request) {
        if (products.existsBySku(request.sku())) {
            throw new IllegalArgumentException("SKU " + request.sku() + " already exists");
        }
        Product product = new Product(request.sku(), request.name(), request.category(), request.listPrice(),
                request.weightGrams());
        apply(request, product);
        return ProductView.from(products.save(product));
    }

    @Transactional
    public ProductView update(long id, ProductRequest request) {
        Product product = load(id);
        if (!product.getSku().equals(request.sku())) {
            throw new IllegalArgumentException("The SKU of a product cannot change");
        }
        apply(request, product);
        return ProductView.from(product);
    }

    @Transactional
    public void delete(long id) {
        products.delete(load(id));
    }

    /** Applies a stock difference counted in the warehouse; returns the new stock on hand. */
    @Transactional
    public int adjustStock(String sku, int delta) {
        Product product = products.findBySku(sku).orElseThrow(() -> new NotFoundException("Product", sku));
        product.adjustStock(delta);
        product.touch(Instant.now(clock));
        return product.getStockOnHand();
    }

    private void apply(ProductRequest request, Product product) {
        product.setName(request.name());
        product.setDescription(request.description());
        product.setCategory(request.category());
        product.setListPrice(request.listPrice());
        product.setWeightGrams(request.weightGrams());
        product.setActive(request.active());
        product.touch(Instant.now(clock));
    }

    private Product load(long id) {
        return products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
    }
}
