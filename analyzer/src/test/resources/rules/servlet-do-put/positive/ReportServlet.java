package fx;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/reports/daily")
public class ReportServlet extends HttpServlet {

    // expect: trigger=http method=PUT route=/reports/daily rule=servlet-do-put
    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) {
    }
}
