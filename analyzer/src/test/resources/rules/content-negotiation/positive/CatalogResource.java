package fx;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

@Path("/v2/catalog")
@Produces({"application/json", "text/csv"})
public class CatalogResource {

    // expect: trigger=http method=GET patterns=content-negotiation
    @GET
    public String catalog() {
        return "catalog";
    }
}
