package fx;

public record PlaceOrder(String id) {
}
