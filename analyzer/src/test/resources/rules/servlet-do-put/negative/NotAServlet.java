package fx;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

// the servlet method name in a class that does not extend HttpServlet
public class NotAServlet {

    protected void doPut(HttpServletRequest req, HttpServletResponse resp) {
    }
}
