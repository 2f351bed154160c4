package com.example.shop.partner;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.springframework.stereotype.Component;

/** Contract prices for the resellers' ordering systems (partner API v1). */
@Component
@Path("/partner/v1/quotes")
public class PartnerQuoteResource {

    private final PartnerPriceCalculator calculator;

    public PartnerQuoteResource(PartnerPriceCalculator calculator) {
        this.calculator = calculator;
    }

    // expect: trigger=http method=POST route=/partner/v1/quotes/contract-price verdict=strong
    @POST
    @Path("/contract-price")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PartnerQuote contractPrice(PartnerQuoteRequest request) {
        return calculator.quote(request);
    }
}
