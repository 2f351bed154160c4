package fx;

import com.microsoft.azure.functions.annotation.FunctionName;

// a function name without a trigger binding is not invocable
public class NoTrigger {

    @FunctionName("helper")
    public void helper(String input) {
    }
}
