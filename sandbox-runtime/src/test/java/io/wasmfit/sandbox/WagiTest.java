package io.wasmfit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WagiTest {

    private static Sandbox wasmtime;
    private static Sandbox chicory;

    @BeforeAll
    static void open() {
        wasmtime = Sandbox.open(SandboxOptions.defaults());
        chicory = Sandbox.open(SandboxOptions.defaults().withRuntime(WasmRuntime.CHICORY));
    }

    @AfterAll
    static void close() {
        wasmtime.close();
        chicory.close();
    }

    /** The echo guest copies stdin (here: CGI headers plus a line) and then dumps its argv and environment. */
    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aRequestRoundTripsThroughAGuestAsUnderSpin(WasmRuntime runtime) {
        WagiRequest request = WagiRequest.of("POST", "/api/quote/extra?sku=a1&qty=2")
                .withRoute("/api/...")
                .withHeader("Host", "localhost:3000")
                .withHeader("Content-Type", "text/plain")
                .withHeader("Authorization", "Bearer secret")
                .withHeader("X-Request-Id", "r-42")
                .withBody("Content-Type: text/plain\r\nStatus: 201 Created\r\nX-Trace: abc\r\n\r\nhello from the body\n");

        Wagi.Exchange exchange = Wagi.handle(runtime == WasmRuntime.WASMTIME ? wasmtime : chicory,
                TestModules.wat("echo"), request, SandboxLimits.defaults());

        assertThat(exchange.run().outcome()).as(exchange.run().summary()).isEqualTo(RunOutcome.OK);
        WagiResponse response = exchange.response();
        assertThat(response.problem()).isEmpty();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("Content-Type", "text/plain").containsEntry("X-Trace", "abc")
                .doesNotContainKey("Status");
        String body = response.bodyText();
        assertThat(body).startsWith("hello from the body\nargv:\n/api/quote/extra\nsku=a1\nqty=2\nenv:\n");
        List<String> env = body.lines().dropWhile(l -> !l.equals("env:")).skip(1).toList();
        assertThat(env).contains(
                "REQUEST_METHOD=POST",
                "QUERY_STRING=sku=a1&qty=2",
                "SCRIPT_NAME=/api",
                "PATH_INFO=/quote/extra",
                "X_FULL_URL=http://localhost:3000/api/quote/extra?sku=a1&qty=2",
                "X_MATCHED_ROUTE=/api/...",
                "SERVER_NAME=localhost",
                "SERVER_PORT=3000",
                "HTTP_CONTENT_TYPE=text/plain",
                "HTTP_X_REQUEST_ID=r-42",
                "CONTENT_TYPE=",
                "CONTENT_LENGTH=" + request.body().length);
        assertThat(env).noneMatch(l -> l.startsWith("HTTP_AUTHORIZATION"));
    }

    @Test
    void anEmptyQueryStillGivesAnEmptySecondArgumentAsSpinDoes() {
        GuestInput input = Wagi.guestInput(WagiRequest.of("GET", "/quote"));

        assertThat(input.argv()).containsExactly("/quote", "");
        assertThat(input.env()).containsEntry("PATH_INFO", "").containsEntry("SCRIPT_NAME", "/quote")
                .containsEntry("SERVER_NAME", "default_host").containsEntry("X_FULL_URL", "http://localhost/quote");
    }

    @Test
    void aFailedGuestBecomesA500() {
        RunResult trap = wasmtime.run(TestModules.wat("trap"), GuestInput.of("trap"), SandboxLimits.defaults());

        WagiResponse response = Wagi.respond(trap);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.problem()).startsWith("the guest failed: trap:");
    }

    @Test
    void aGuestThatWritesNothingBecomesA500() {
        RunResult silent = wasmtime.run(TestModules.wat("loop"), GuestInput.of("x"),
                SandboxLimits.defaults().withTimeout(java.time.Duration.ofMillis(50)));

        assertThat(Wagi.respond(silent).status()).isEqualTo(500);
    }

    @Test
    void locationWithoutStatusIsAFoundRedirect() {
        WagiResponse response = parse("Location: /elsewhere\n\n");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location")).isEqualTo("/elsewhere");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void anExplicitStatusWinsOverLocationWhateverTheOrder() {
        assertThat(parse("Location: /a\nStatus: 301 Moved\n\n").status()).isEqualTo(301);
        assertThat(parse("Status: 307\nLocation: /a\n\n").status()).isEqualTo(307);
    }

    @Test
    void contentTypeAloneIsA200AndTheBodyIsKeptByteForByte() {
        WagiResponse response = parse("Content-Type: application/json\n\n{\"a\":1}\r\n\n");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"a\":1}\r\n\n");
    }

    @Test
    void aStatusThatIsNotANumberIsABadGateway() {
        assertThat(parse("Content-Type: text/plain\nStatus: teapot\n\nx").status()).isEqualTo(502);
    }

    @Test
    void withoutContentTypeOrLocationSpinAnswers500() {
        WagiResponse response = parse("X-Only: header\n\nbody");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.problem()).startsWith("Exactly one of 'location' or 'content-type' must be specified");
    }

    @Test
    void outputWithoutABlankLineHasNoHeaders() {
        assertThat(parse("just text, no headers").status()).isEqualTo(500);
    }

    private static WagiResponse parse(String cgi) {
        return Wagi.parseResponse(cgi.getBytes(StandardCharsets.UTF_8));
    }
}
