package com.example.shop.partner;

import com.example.shop.orders.order.OrderLineView;
import com.example.shop.orders.order.OrderService;
import com.example.shop.orders.order.OrderView;
import com.example.shop.platform.web.NotFoundException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.springframework.stereotype.Component;

/** Order status for resellers (partner API v1). */
@Component
@Path("/partner/v1/orders")
public class PartnerOrderResource {

    private final OrderService orderService;

    public PartnerOrderResource(OrderService orderService) {
        this.orderService = orderService;
    }

    // expect: trigger=http method=GET route=/partner/v1/orders/{orderNumber} verdict=possible
    @GET
    @Path("/{orderNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    public PartnerOrderStatus status(@PathParam("orderNumber") String orderNumber,
                                     @QueryParam("includeLines") @DefaultValue("false") boolean includeLines) {
        OrderView order;
        try {
            order = orderService.getByNumber(orderNumber);
        } catch (NotFoundException e) {
            throw new jakarta.ws.rs.NotFoundException(e.getMessage());
        }
        List<String> skus = includeLines ? order.lines().stream().map(OrderLineView::sku).toList() : List.of();
        return new PartnerOrderStatus(order.orderNumber(), order.status().name(), order.trackingNumber(), skus);
    }
}
