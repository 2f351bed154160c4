package fx;

import java.io.InputStream;
import java.io.OutputStream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

public class ExportFunction implements RequestStreamHandler {

    // expect: trigger=lambda handler=fx.ExportFunction::handleRequest rule=aws-lambda-stream-handler
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) {
    }
}
