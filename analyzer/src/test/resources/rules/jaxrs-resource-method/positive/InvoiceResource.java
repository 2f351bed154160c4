package fx;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/invoices")
public class InvoiceResource {

    // expect: trigger=http method=GET route=/invoices/{number} rule=jaxrs-resource-method
    @GET
    @Path("{number}")
    public String get(String number) {
        return number;
    }

    // expect: trigger=http method=DELETE route=/invoices rule=jaxrs-resource-method
    @DELETE
    public void clear() {
    }
}
