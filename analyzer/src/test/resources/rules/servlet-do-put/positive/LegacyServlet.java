package fx;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// mapped in web.xml, which is not read
public class LegacyServlet extends HttpServlet {

    // expect: trigger=http method=PUT route=/* rule=servlet-do-put
    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) {
    }
}
