package fx;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;

public class OrderFunctions {

    // expect: trigger=azure-function handler=getOrder binding=HttpTrigger method=GET route=/orders/{id} rule=azure-http-function
    @FunctionName("getOrder")
    public String get(@HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.FUNCTION,
            route = "orders/{id}") HttpRequestMessage<String> request) {
        return "order";
    }
}
