package fx;

import javax.ws.rs.POST;
import javax.ws.rs.Path;

@Path("legacy")
public class LegacyResource {

    // expect: trigger=http method=POST route=/legacy/import rule=jaxrs-resource-method
    @POST
    @Path("/import")
    public String importAll(String body) {
        return body;
    }
}
