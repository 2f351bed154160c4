package fx;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// mapped in web.xml, which is not read
public class LegacyServlet extends HttpServlet {

    // expect: trigger=http method=POST route=/* rule=servlet-do-post
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    }
}
