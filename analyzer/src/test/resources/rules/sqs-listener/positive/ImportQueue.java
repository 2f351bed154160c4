package fx;

import io.awspring.cloud.sqs.annotation.SqsListener;

public class ImportQueue {

    // expect: trigger=sqs destination=imports rule=sqs-listener
    @SqsListener("imports")
    public void onImport(String body) {
    }

    // expect: trigger=sqs destination=exports rule=sqs-listener
    @io.awspring.cloud.messaging.listener.annotation.SqsListener(value = "exports")
    public void onExport(String body) {
    }
}
