package fx;

import io.awspring.cloud.sqs.operations.SqsTemplate;

public class ImportSender {

    private SqsTemplate sqs;

    public void send(String body) {
        sqs.send("imports", body);
    }
}
