package com.example.shop.orders.order;

import com.example.shop.platform.Money;
import com.example.shop.platform.Region;
import com.example.shop.platform.events.OrderPlacedEvent;
import com.example.shop.platform.fx.ExchangeRate;
import com.example.shop.platform.fx.ExchangeRateClient;
import com.example.shop.platform.messaging.Topics;
import com.example.shop.platform.web.NotFoundException;
import com.example.shop.pricing.quote.PriceEntry;
import com.example.shop.pricing.quote.PriceTable;
import com.example.shop.pricing.quote.PricingMath;
import com.example.shop.pricing.tax.TaxCategory;
import com.example.shop.pricing.tax.TaxRateTable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placing orders and following them through payment and dispatch. */
@Service
@Transactional(readOnly = true)
public class OrderService {

    private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final OrderRepository orders;
    private final PriceTable priceTable;
    private final TaxRateTable taxRates;
    private final ExchangeRateClient exchangeRates;
    private final ApplicationEventPublisher events;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock = Clock.systemUTC();

    public OrderService(OrderRepository orders, PriceTable priceTable, TaxRateTable taxRates,
                        ExchangeRateClient exchangeRates, ApplicationEventPublisher events,
                        KafkaTemplate<String, Object> kafka) {
        this.orders = orders;
        this.priceTable = priceTable;
        this.taxRates = taxRates;
        this.exchangeRates = exchangeRates;
        this.events = events;
        this.kafka = kafka;
    }

    public OrderView get(long id) {
        return OrderView.from(load(id));
    }

    public OrderView getByNumber(String orderNumber) {
        return orders.findByOrderNumber(orderNumber).map(OrderView::from)
                .orElseThrow(() -> new NotFoundException("Order", orderNumber));
    }

    /**
     * Stores the order with the current list prices and the standard tax rate of the shipping
     * region (reduced rates are applied by the invoicing service), then tells the other services.
     */
    @Transactional
    public OrderView place(PlaceOrderRequest request) {
        Region region = Region.fromCode(request.shippingRegion());
        Instant now = Instant.now(clock);
        Order order = new Order(newOrderNumber(now), request.customerId(),
                request.customerEmail().trim().toLowerCase(Locale.ROOT), region.code(), PriceTable.CURRENCY, now);

        BigDecimal net = BigDecimal.ZERO;
        int items = 0;
        for (OrderLineRequest line : request.lines()) {
            PriceEntry price = priceTable.lookup(line.sku());
            int quantity = PricingMath.requireQuantity(line.quantity());
            BigDecimal subtotal = price.unitPrice().multiply(BigDecimal.valueOf(quantity));
            BigDecimal percent = price.discountable() ? PricingMath.volumeDiscountPercent(quantity) : BigDecimal.ZERO;
            BigDecimal lineTotal = Money.round(subtotal.subtract(Money.percentOf(subtotal, percent)));
            order.addLine(new OrderLine(price.sku(), quantity, price.unitPrice(), lineTotal));
            net = net.add(lineTotal);
            items += quantity;
        }
        BigDecimal tax = Money.percentOf(net, taxRates.rateFor(region, TaxCategory.STANDARD));
        order.setTotals(Money.round(net), tax, Money.round(net.add(tax)));
        Order saved = orders.save(order);

        OrderPlacedEvent event = new OrderPlacedEvent(saved.getOrderNumber(), saved.getCustomerId(),
                saved.getCustomerEmail(), saved.getGrossTotal(), saved.getCurrency(), items, now);
        events.publishEvent(event);
        kafka.send(Topics.ORDERS_PLACED, saved.getOrderNumber(), event);
        return OrderView.from(saved);
    }

    /** The order's gross total in another currency, at today's reference rate. */
    public OrderTotal totalIn(long id, String currency) {
        Order order = load(id);
        ExchangeRate rate = exchangeRates.latest(order.getCurrency(), currency);
        return new OrderTotal(order.getOrderNumber(), order.getGrossTotal(), order.getCurrency(),
                Money.round(order.getGrossTotal().multiply(rate.rate())), rate.quote(), rate.rate(), rate.date());
    }

    @Transactional
    public void markPaid(String orderNumber, String paymentReference) {
        Order order = loadByNumber(orderNumber);
        order.setPaymentReference(paymentReference);
        order.transitionTo(OrderStatus.PAID, Instant.now(clock));
    }

    @Transactional
    public void markPaymentFailed(String orderNumber) {
        loadByNumber(orderNumber).transitionTo(OrderStatus.PAYMENT_FAILED, Instant.now(clock));
    }

    @Transactional
    public void markShipped(String orderNumber, String trackingNumber) {
        Order order = loadByNumber(orderNumber);
        order.setTrackingNumber(trackingNumber);
        order.transitionTo(OrderStatus.SHIPPED, Instant.now(clock));
    }

    /** Deletes orders that waited for payment since before {@code cutoff}; returns how many. */
    @Transactional
    public int purgeUnpaidBefore(Instant cutoff) {
        List<Order> stale = orders.findByStatusAndCreatedAtBefore(OrderStatus.PENDING_PAYMENT, cutoff);
        orders.deleteAll(stale);
        return stale.size();
    }

    private Order load(long id) {
        return orders.findById(id).orElseThrow(() -> new NotFoundException("Order", id));
    }

    private Order loadByNumber(String orderNumber) {
        return orders.findByOrderNumber(orderNumber).orElseThrow(() -> new NotFoundException("Order", orderNumber));
    }

    private static String newOrderNumber(Instant now) {
        String day = LocalDate.ofInstant(now, ZoneOffset.UTC).format(ORDER_DATE);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return "SO-" + day + "-" + suffix;
    }
}
