package com.example.shop.orders.labels;

import com.example.shop.orders.order.OrderService;
import com.example.shop.orders.order.OrderView;
import com.example.shop.platform.labels.LabelPrinter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Used by the packing station tablets to print the shipping label of a paid order. */
@RestController
@RequestMapping("/api/orders")
public class ShippingLabelController {

    private final OrderService orderService;
    private final LabelPrinter labelPrinter;

    public ShippingLabelController(OrderService orderService, LabelPrinter labelPrinter) {
        this.orderService = orderService;
        this.labelPrinter = labelPrinter;
    }

    // expect: trigger=http method=POST route=/api/orders/{id}/label verdict=poor
    @PostMapping("/{id}/label")
    public LabelReceipt printLabel(@PathVariable("id") long id,
                                   @RequestParam(name = "copies", defaultValue = "1") int copies) {
        if (copies < 1 || copies > 5) {
            throw new IllegalArgumentException("copies must be between 1 and 5");
        }
        OrderView order = orderService.get(id);
        int jobId = labelPrinter.print(zpl(order, copies));
        return new LabelReceipt(order.orderNumber(), jobId, copies);
    }

    /** A 4x6 inch label: order number as text and as Code 128 barcode, and the region. */
    static String zpl(OrderView order, int copies) {
        return "^XA"
                + "^CF0,60^FO50,50^FD" + order.orderNumber() + "^FS"
                + "^BY3,2,120^FO50,150^BC^FD" + order.orderNumber() + "^FS"
                + "^CF0,40^FO50,330^FDRegion: " + order.shippingRegion() + "^FS"
                + "^PQ" + copies
                + "^XZ";
    }
}
