package fx;

public class ServiceHelper {

    public void service(Object request, Object response) {
    }
}
