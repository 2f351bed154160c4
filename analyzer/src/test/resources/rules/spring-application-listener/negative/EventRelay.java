package fx;

// the method name without the interface
public class EventRelay {

    public void onApplicationEvent(Object event) {
    }
}
