package fx;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderCommands {
    private CommandBus bus;

    // expect: trigger=http method=GET route=/ordercommands rule=spring-get-mapping signals="" patterns=cqrs
    @GetMapping("/ordercommands")
    public String handle() {
        bus.dispatch(new PlaceOrder("o-1"));
        return "accepted";
    }
}
