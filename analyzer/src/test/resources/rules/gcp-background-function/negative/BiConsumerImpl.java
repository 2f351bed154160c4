package fx;

import java.util.function.BiConsumer;

public class BiConsumerImpl implements BiConsumer<String, String> {

    @Override
    public void accept(String a, String b) {
    }
}
