package fx;

import com.amazonaws.services.lambda.runtime.Context;

// the right method name, but not a RequestHandler
public class LooksLikeAHandler {

    public String handleRequest(String input, Context context) {
        return input;
    }
}
