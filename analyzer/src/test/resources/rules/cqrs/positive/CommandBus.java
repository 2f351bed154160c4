package fx;

public interface CommandBus {
    void dispatch(Object command);
}
