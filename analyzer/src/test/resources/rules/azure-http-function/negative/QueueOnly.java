package fx;

import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;

public class QueueOnly {

    // a queue-triggered function is found by azure-function, not by the HTTP rule
    // expect: trigger=azure-function handler=drain rule=azure-function
    @FunctionName("drain")
    public void drain(@QueueTrigger(name = "msg", queueName = "work", connection = "Storage") String message) {
    }
}
