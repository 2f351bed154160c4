package io.wasmfit.analyzer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.TestProjects;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;

/** Trigger details read from real annotations: constants, placeholders, class prefixes, schedules. */
class TriggerDetailsTest {

    @TempDir
    Path dir;

    private Candidate named(Report r, String name) {
        return r.candidates().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.candidates().stream().map(Candidate::name).toList()));
    }

    @Test
    void routesJoinClassPrefixAndMethodPathWithPathVariablesCleaned() {
        Report r = TestProjects.in(dir).java("""
                package shop;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping(Api.PREFIX + "/orders/")
                class Orders {
                    @GetMapping({"/{id:\\\\d+}", "/by-id/{id}"}) public String one(@PathVariable long id) { return ""; }
                    @RequestMapping(path = "", method = {RequestMethod.POST, RequestMethod.PUT}) public String save() { return ""; }
                    @RequestMapping("/any") public String any() { return ""; }
                    @DeleteMapping public void drop() {}
                }
                """).java("package shop; final class Api { static final String PREFIX = \"/api/v\" + 2; }").scan();
        assertThat(named(r, "Orders.one").trigger().detail()).containsEntry("route", "/api/v2/orders/{id}").containsEntry("method", "GET");
        assertThat(named(r, "Orders.save").trigger().detail()).containsEntry("route", "/api/v2/orders").containsEntry("method", "POST, PUT");
        assertThat(named(r, "Orders.any").trigger().detail()).containsEntry("method", "ANY");
        assertThat(named(r, "Orders.drop").trigger().detail()).containsEntry("route", "/api/v2/orders").containsEntry("method", "DELETE");
    }

    @Test
    void jaxRsRoutesAndMethods() {
        Report r = TestProjects.in(dir).java("""
                package partner;
                import jakarta.ws.rs.*;
                @Path("/partner")
                public class Resource {
                    @GET @Path("{id}") public String get(@PathParam("id") String id) { return id; }
                    @POST public String create(String body) { return body; }
                    public String notAnEndpoint() { return ""; }
                }
                """).scan();
        assertThat(r.candidates()).hasSize(2);
        assertThat(named(r, "Resource.get").trigger().detail()).containsEntry("route", "/partner/{id}").containsEntry("method", "GET");
        assertThat(named(r, "Resource.create").trigger().detail()).containsEntry("route", "/partner").containsEntry("method", "POST");
    }

    @Test
    void messageDestinationsFollowConstantsAndSchedulesReadConfiguration() {
        Report r = TestProjects.in(dir).java("""
                package shop;
                import org.springframework.kafka.annotation.KafkaListener;
                import org.springframework.amqp.rabbit.annotation.RabbitListener;
                import org.springframework.jms.annotation.JmsListener;
                import org.springframework.scheduling.annotation.Scheduled;
                import org.springframework.context.event.EventListener;
                import java.util.concurrent.TimeUnit;
                class Listeners {
                    @KafkaListener(topics = {Topics.ORDERS, "audit"}) void orders(String m) {}
                    @RabbitListener(queues = "payments") void payments(String m) {}
                    @JmsListener(destination = "dispatch") void dispatch(String m) {}
                    @EventListener void placed(OrderPlaced e) {}
                    @Scheduled(cron = "${jobs.cleanup:0 0 4 * * *}") void cleanup() {}
                    @Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS) void poll() {}
                }
                """).java("package shop; interface Topics { String ORDERS = \"orders.placed\"; }")
                .java("package shop; record OrderPlaced(long id) {}")
                .file("src/main/resources/application.yml", "jobs:\n  cleanup: \"0 15 1 * * 1\"\n")
                .scan();
        assertThat(named(r, "Listeners.orders").trigger().detail()).containsEntry("destination", "orders.placed, audit");
        assertThat(named(r, "Listeners.orders").trigger().type()).isEqualTo("kafka");
        assertThat(named(r, "Listeners.payments").trigger().type()).isEqualTo("amqp");
        assertThat(named(r, "Listeners.dispatch").trigger().detail()).containsEntry("destination", "dispatch");
        assertThat(named(r, "Listeners.placed").trigger().detail()).containsEntry("destination", "OrderPlaced");
        assertThat(named(r, "Listeners.cleanup").trigger().detail())
                .containsEntry("cron", "0 15 1 * * MON").containsEntry("source", "${jobs.cleanup:0 0 4 * * *}");
        assertThat(named(r, "Listeners.poll").trigger().detail())
                .containsEntry("cron", "*/30 * * * * *").containsEntry("source", "fixedDelay=30 SECONDS")
                .hasEntrySatisfying("note", n -> assertThat(n).contains("fixed delay"));
    }

    @Test
    void lambdaHandlersNameTheirClassAndMethod() {
        Report r = TestProjects.in(dir).java("""
                package fn;
                import com.amazonaws.services.lambda.runtime.*;
                public class Handler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context ctx) { return in.toUpperCase(); }
                    public String helper(String in, Context ctx) { return in; }
                }
                """).scan();
        assertThat(r.candidates()).singleElement().satisfies(c -> {
            assertThat(c.trigger().type()).isEqualTo("lambda");
            assertThat(c.trigger().detail()).containsEntry("handler", "fn.Handler::handleRequest");
        });
    }
}
