package fx;

import java.io.InputStream;
import java.io.OutputStream;

public class StreamCopier {

    public void handleRequest(InputStream in, OutputStream out, Object context) {
    }
}
