package fx;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/reports/daily")
public class ReportServlet extends HttpServlet {

    // expect: trigger=http method=POST route=/reports/daily rule=servlet-do-post
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    }
}
