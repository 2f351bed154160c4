package fx;

import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;

public class UploadTrigger implements BackgroundFunction<UploadTrigger.GcsEvent> {

    // expect: trigger=gcp-function handler=fx.UploadTrigger binding=event rule=gcp-background-function
    @Override
    public void accept(GcsEvent event, Context context) {
    }

    public static class GcsEvent {
        String name;
    }
}
