package com.example.shop.partner;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.stereotype.Component;

/**
 * The partner API predates the move to Spring MVC and still runs on Jersey. Jersey runs as a
 * filter ({@code spring.jersey.type=filter}) and hands every path it does not know to Spring MVC.
 */
@Component
public class JerseyConfig extends ResourceConfig {

    public JerseyConfig() {
        register(PartnerQuoteResource.class);
        register(PartnerOrderResource.class);
        property(ServletProperties.FILTER_FORWARD_ON_404, true);
    }
}
