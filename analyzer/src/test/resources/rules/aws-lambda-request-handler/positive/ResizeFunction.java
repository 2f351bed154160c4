package fx;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ResizeFunction implements RequestHandler<Map<String, String>, String> {

    // expect: trigger=lambda handler=fx.ResizeFunction::handleRequest rule=aws-lambda-request-handler
    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        return input.get("size");
    }
}
