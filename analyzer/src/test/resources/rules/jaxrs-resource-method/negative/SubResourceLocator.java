package fx;

import jakarta.ws.rs.Path;

@Path("/parent")
public class SubResourceLocator {

    // a sub-resource locator: @Path without an HTTP method answers no request itself
    @Path("child")
    public Object child() {
        return new Object();
    }
}
