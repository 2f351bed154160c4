package fx;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/reports/daily")
public class ReportServlet extends HttpServlet {

    // expect: trigger=http method=GET route=/reports/daily rule=servlet-do-get
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    }
}
