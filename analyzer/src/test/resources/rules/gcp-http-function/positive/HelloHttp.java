package fx;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;

public class HelloHttp implements HttpFunction {

    // expect: trigger=gcp-function handler=fx.HelloHttp binding=http rule=gcp-http-function
    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        response.getWriter().write("hello");
    }
}
