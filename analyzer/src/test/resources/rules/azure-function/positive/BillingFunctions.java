package fx;

import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;

public class BillingFunctions {

    // expect: trigger=azure-function handler=invoices binding=QueueTrigger destination=invoices rule=azure-function
    @FunctionName("invoices")
    public void invoices(@QueueTrigger(name = "msg", queueName = "invoices", connection = "Storage") String message) {
    }

    // expect: trigger=azure-function handler=nightly binding=TimerTrigger schedule="0 0 2 * * *" rule=azure-function
    @FunctionName("nightly")
    public void nightly(@TimerTrigger(name = "timer", schedule = "0 0 2 * * *") String timer) {
    }
}
