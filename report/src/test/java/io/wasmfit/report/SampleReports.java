package io.wasmfit.report;

import io.wasmfit.matrix.LibraryVerdict;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.CandidateKind;
import io.wasmfit.model.Closure;
import io.wasmfit.model.Dependency;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Location;
import io.wasmfit.model.Pattern;
import io.wasmfit.model.Problem;
import io.wasmfit.model.Report;
import io.wasmfit.model.Scores;
import io.wasmfit.model.Source;
import io.wasmfit.model.Summary;
import io.wasmfit.model.Tool;
import io.wasmfit.model.Trigger;
import io.wasmfit.model.Verdict;
import io.wasmfit.rules.Criterion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reports built by hand for exporter tests: a realistic shop with every kind of trigger, one full of
 * hostile strings, and synthetic ones of any size. Scores follow DESIGN.md (weights, blocker cap,
 * verdict bands), so they look like what the analyzer writes.
 */
public final class SampleReports {

    /** Every string here is what a hostile repository could put in class names, routes, messages or code. */
    public static final List<String> HOSTILE = List.of(
            "<script>alert('x1')</script>",
            "</textarea><img src=x onerror=alert('x2')>",
            "\"><svg onload=alert('x3')>",
            "=cmd|' /C calc'!A0",
            "+SUM(1,2)",
            "-2+3",
            "@SUM(A1)",
            "\t=HYPERLINK(\"http://evil\")",
            "a | b | c",
            "line one\nline two\r\nline three",
            "`code` **bold** [link](javascript:alert('x4')) ![img](x.png)",
            "</script><script>alert('x5')</script>",
            "<!-- comment --> ]]> &amp; &lt;",
            "\u202Ereversed\u202C and \u2028separator");

    private SampleReports() {
    }

    /** An online shop: HTTP controllers, listeners, jobs and functions, with blockers and problems. */
    public static Report shop() {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(http("com.acme.shop.PriceController#quote(String,int)", "PriceController.quote", "GET",
                "/prices/{sku}", "src/main/java/com/acme/shop/PriceController.java", 31, 90, 85, 100, List.of(),
                List.of(dep("jdk:java.math", LibraryVerdict.SUPPORTED, null, "pure computation")),
                List.of(pattern("stateless-http", "Stateless HTTP function", "Move as is: it keeps no state between requests."))));
        candidates.add(http("com.acme.shop.CartController#add(String,CartItem)", "CartController.add", "POST",
                "/carts/{id}/items", "src/main/java/com/acme/shop/CartController.java", 44, 90, 70, 60, List.of(),
                List.of(dep("org.springframework.data:spring-data-redis", LibraryVerdict.REPLACEABLE, "Spin Redis API",
                        "Spin's outbound Redis does the same job")),
                List.of(pattern("transparent-caching-kv", "Cache in key-value", "Replace the in-memory cache with Spin key-value."))));
        candidates.add(http("com.acme.shop.ReportController#export(HttpServletResponse)", "ReportController.export", "GET",
                "/reports/export", "src/main/java/com/acme/shop/ReportController.java", 58, 90, 20, 30,
                List.of(new Blocker("streaming-response", "writes a streaming response of unbounded size",
                        "src/main/java/com/acme/shop/ReportController.java", 63)),
                List.of(dep("org.apache.poi:poi", LibraryVerdict.UNSUPPORTED, null, "uses java.awt and temp files")),
                List.of()));
        candidates.add(message("com.acme.shop.OrderListener#onOrder(OrderEvent)", "OrderListener.onOrder", "kafka",
                "orders.created", "src/main/java/com/acme/shop/OrderListener.java", 22, 80, 75, 45,
                List.of(dep("org.springframework.kafka:spring-kafka", LibraryVerdict.UNSUPPORTED, null,
                        "no Kafka client runs in Wasm; Spin has no Kafka trigger"))));
        candidates.add(message("com.acme.shop.StockListener#onStock(String)", "StockListener.onStock", "redis",
                "stock", "src/main/java/com/acme/shop/StockListener.java", 17, 85, 90, 80,
                List.of(dep("org.springframework.data:spring-data-redis", LibraryVerdict.REPLACEABLE, "Spin Redis trigger",
                        "Spin subscribes to the channel itself"))));
        candidates.add(message("com.acme.shop.MailListener#send(Mail)", "MailListener.send", "jms",
                "mail.outbox", "src/main/java/com/acme/shop/MailListener.java", 29, 70, 40, 20,
                List.of(dep("jakarta.mail:jakarta.mail-api", LibraryVerdict.UNKNOWN, null, "not in the catalog"))));
        candidates.add(message("com.acme.shop.InvoiceListener#handle(Invoice)", "InvoiceListener.handle", "sqs",
                "https://sqs.eu-west-1.amazonaws.com/1234/invoices", "src/main/java/com/acme/shop/InvoiceListener.java", 35,
                75, 80, 70, List.of()));
        candidates.add(message("com.acme.shop.SensorListener#reading(byte[])", "SensorListener.reading", "mqtt",
                "sensors/+/temp", "src/main/java/com/acme/shop/SensorListener.java", 12, 75, 85, 90, List.of()));
        candidates.add(message("com.acme.shop.AuditListener#record(AuditEvent)", "AuditListener.record", "amqp",
                "audit", "src/main/java/com/acme/shop/AuditListener.java", 40, 65, 60, 50, List.of()));
        candidates.add(schedule("com.acme.shop.CleanupJob#purgeCarts()", "CleanupJob.purgeCarts", "0 0 3 * * *",
                "src/main/java/com/acme/shop/CleanupJob.java", 19, 60, 50, 70,
                List.of(new Blocker("thread-sleep", "sleeps 30 s between batches (Thread.sleep)",
                        "src/main/java/com/acme/shop/CleanupJob.java", 27))));
        candidates.add(schedule("com.acme.shop.RatesJob#refresh()", "RatesJob.refresh", "0 */15 * * * *",
                "src/main/java/com/acme/shop/RatesJob.java", 15, 60, 80, 85, List.of()));
        candidates.add(function("com.acme.shop.fn.Thumbnail#handleRequest(S3Event,Context)", "Thumbnail.handleRequest",
                "lambda", "com.acme.shop.fn.Thumbnail::handleRequest", "src/main/java/com/acme/shop/fn/Thumbnail.java", 21,
                80, 70, 40));
        candidates.add(function("com.acme.shop.fn.Resize#run(HttpRequestMessage)", "Resize.run", "azure-function",
                "resize", "src/main/java/com/acme/shop/fn/Resize.java", 30, 80, 75, 55));
        candidates.add(function("com.acme.shop.fn.Welcome#accept(PubSubMessage,Context)", "Welcome.accept",
                "gcp-function", "com.acme.shop.fn.Welcome", "src/main/java/com/acme/shop/fn/Welcome.java", 18, 80, 90, 95));
        candidates.add(event("com.acme.shop.Loyalty#onPaid(OrderPaid)", "Loyalty.onPaid",
                "src/main/java/com/acme/shop/Loyalty.java", 33, 50, 80, 75));
        candidates.sort((a, b) -> Integer.compare(b.scores().overall(), a.scores().overall()));
        List<Problem> problems = List.of(new Problem("src/main/java/com/acme/shop/Broken.java", 12,
                "';' expected"), new Problem("src/main/java/com/acme/shop/Huge.java", 0, "skipped: larger than 2 MB"));
        return report(Source.folder("/home/dev/shop"), candidates, problems, 52);
    }

    /** Every candidate, trigger, file, message, code line and link carries hostile strings. */
    public static Report hostile() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String evil = HOSTILE.get(i);
            String file = "src/" + evil + ".java";
            int event = 40 + (i * 7) % 61;
            int shortRunning = (i * 13) % 101;
            int deps = (i * 29) % 101;
            List<Blocker> blockers = i % 3 == 0 ? List.of(new Blocker("evil-" + i, evil, file, i + 1)) : List.of();
            Scores scores = scores(event, shortRunning, deps, !blockers.isEmpty());
            candidates.add(new Candidate("com.evil.C" + i + "#" + evil + "()", evil + " #" + i, CandidateKind.HTTP,
                    new Trigger(i % 2 == 0 ? "http" : evil, Map.of("method", "GET", "route", "/" + evil)),
                    new Location(file, i + 1), scores, Verdict.of(scores.overall()), blockers,
                    List.of(new Evidence("rule-" + evil, Criterion.EVENT_DRIVEN, event, evil, file, i + 1, evil),
                            new Evidence("rule-" + i, Criterion.SHORT_RUNNING, shortRunning, "short " + evil, file, i + 2, null)),
                    List.of(new Dependency(evil, LibraryVerdict.REPLACEABLE, evil, evil, List.of(evil))),
                    new Closure(1, 2, 3, List.of(evil), List.of(evil), List.of(evil), 0, false),
                    List.of(new Pattern(evil, evil, evil, i % 2 == 0 ? "javascript:alert('x6')" : evil))));
        }
        return report(new Source("/tmp/" + HOSTILE.get(0), HOSTILE.get(1), HOSTILE.get(2), HOSTILE.get(3)), candidates,
                List.of(new Problem(HOSTILE.get(4), 3, HOSTILE.get(0))), 7);
    }

    /** {@code count} candidates of every kind with seeded random scores, blockers and evidence. */
    public static Report synthetic(int count, long seed) {
        Random random = new Random(seed);
        String[] types = {"http", "http", "http", "kafka", "amqp", "jms", "sqs", "redis", "mqtt", "cron", "lambda",
            "azure-function", "gcp-function", "spring-event"};
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = types[random.nextInt(types.length)];
            String cls = "com.acme.mod" + (i % 40) + ".Component" + i;
            String file = "module-" + (i % 40) + "/src/main/java/" + cls.replace('.', '/') + ".java";
            int line = 10 + random.nextInt(400);
            int event = 40 + random.nextInt(61);
            int shortRunning = random.nextInt(101);
            int deps = random.nextInt(101);
            List<Blocker> blockers = random.nextInt(6) == 0
                    ? List.of(new Blocker("thread-sleep", "sleeps in a loop (Thread.sleep)", file, line + 5)) : List.of();
            Scores scores = scores(event, shortRunning, deps, !blockers.isEmpty());
            Map<String, String> detail = switch (type) {
                case "http" -> Map.of("method", random.nextBoolean() ? "GET" : "POST", "route", "/api/m" + (i % 40) + "/r" + i);
                case "cron" -> Map.of("cron", "0 */" + (1 + random.nextInt(59)) + " * * * *", "source", "0 */5 * * * *");
                case "lambda", "azure-function", "gcp-function" -> Map.of("handler", cls + "::handle");
                default -> Map.of("destination", "queue-" + i);
            };
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence("entry-" + type, Criterion.EVENT_DRIVEN, event, "invoked by " + type, file, line,
                    "public Result handle" + i + "(Request request) {"));
            evidence.add(new Evidence("no-loops", Criterion.SHORT_RUNNING, shortRunning, "no loop over I/O found", file, line + 2,
                    "for (Item item : request.items()) {"));
            evidence.add(new Evidence("deps-known", Criterion.DEPENDENCY_SUPPORTED, deps, "libraries checked against the catalog",
                    file, line, null));
            candidates.add(new Candidate(cls + "#handle" + i + "(Request)", "Component" + i + ".handle" + i,
                    kindOf(type), new Trigger(type, detail), new Location(file, line), scores, Verdict.of(scores.overall()),
                    blockers, evidence,
                    List.of(dep("com.fasterxml.jackson.core:jackson-databind", LibraryVerdict.SUPPORTED, null, "pure Java"),
                            dep("org.springframework.data:spring-data-redis", LibraryVerdict.REPLACEABLE, "Spin Redis API",
                                    "Spin's outbound Redis does the same job")),
                    new Closure(1 + random.nextInt(20), 1 + random.nextInt(80), 10 + random.nextInt(2000),
                            List.of(cls), List.of(cls + "#handle" + i + "(Request)"), List.of("java.util.List"),
                            random.nextInt(4), random.nextInt(20) == 0),
                    List.of()));
        }
        candidates.sort((a, b) -> Integer.compare(b.scores().overall(), a.scores().overall()));
        return report(Source.folder("/srv/monolith"), candidates, List.of(), 4321);
    }

    private static Report report(Source source, List<Candidate> candidates, List<Problem> problems, int files) {
        return new Report(Report.SCHEMA_VERSION, new Tool("wasmfit", "0.1.0-test"), source,
                new Summary(files, files - problems.size(), problems.size(), candidates.size(), 1234), candidates, problems);
    }

    static Scores scores(int event, int shortRunning, int deps, boolean blocked) {
        int overall = (int) Math.round(0.4 * event + 0.3 * shortRunning + 0.3 * deps);
        return new Scores(event, shortRunning, deps, blocked ? Math.min(39, overall) : overall);
    }

    private static CandidateKind kindOf(String type) {
        return switch (type) {
            case "http" -> CandidateKind.HTTP;
            case "cron" -> CandidateKind.SCHEDULE;
            case "lambda", "azure-function", "gcp-function" -> CandidateKind.FUNCTION;
            case "spring-event" -> CandidateKind.EVENT;
            default -> CandidateKind.MESSAGE;
        };
    }

    private static Candidate http(String id, String name, String method, String route, String file, int line,
                                  int event, int shortRunning, int deps, List<Blocker> blockers, List<Dependency> dependencies,
                                  List<Pattern> patterns) {
        return candidate(id, name, CandidateKind.HTTP, new Trigger("http", Map.of("method", method, "route", route)),
                file, line, event, shortRunning, deps, blockers, dependencies, patterns,
                "@" + (method.equals("GET") ? "Get" : "Post") + "Mapping(\"" + route + "\")");
    }

    private static Candidate message(String id, String name, String type, String destination, String file, int line,
                                     int event, int shortRunning, int deps, List<Dependency> dependencies) {
        return candidate(id, name, CandidateKind.MESSAGE, new Trigger(type, Map.of("destination", destination)),
                file, line, event, shortRunning, deps, List.of(), dependencies, List.of(),
                "@" + switch (type) {
                    case "kafka" -> "KafkaListener(topics = \"" + destination + "\")";
                    case "jms" -> "JmsListener(destination = \"" + destination + "\")";
                    case "amqp" -> "RabbitListener(queues = \"" + destination + "\")";
                    default -> "Listener(\"" + destination + "\")";
                });
    }

    private static Candidate schedule(String id, String name, String cron, String file, int line,
                                      int event, int shortRunning, int deps, List<Blocker> blockers) {
        return candidate(id, name, CandidateKind.SCHEDULE, new Trigger("cron", Map.of("cron", cron, "source", cron)),
                file, line, event, shortRunning, deps, blockers, List.of(), List.of(), "@Scheduled(cron = \"" + cron + "\")");
    }

    private static Candidate function(String id, String name, String type, String handler, String file, int line,
                                      int event, int shortRunning, int deps) {
        return candidate(id, name, CandidateKind.FUNCTION, new Trigger(type, Map.of("handler", handler)),
                file, line, event, shortRunning, deps, List.of(), List.of(), List.of(),
                "public String handleRequest(Object input, Context context) {");
    }

    private static Candidate event(String id, String name, String file, int line, int event, int shortRunning, int deps) {
        return candidate(id, name, CandidateKind.EVENT, new Trigger("spring-event", Map.of()),
                file, line, event, shortRunning, deps, List.of(), List.of(), List.of(), "@EventListener");
    }

    private static Candidate candidate(String id, String name, CandidateKind kind, Trigger trigger, String file, int line,
                                       int event, int shortRunning, int deps, List<Blocker> blockers,
                                       List<Dependency> dependencies, List<Pattern> patterns, String annotation) {
        Scores scores = scores(event, shortRunning, deps, !blockers.isEmpty());
        List<Evidence> evidence = List.of(
                new Evidence("entry-" + trigger.type(), Criterion.EVENT_DRIVEN, event, "invoked by " + trigger.type(),
                        file, line - 1, annotation),
                new Evidence("bounded-work", Criterion.SHORT_RUNNING, shortRunning, "no unbounded loop over I/O", file, line + 3,
                        "return repository.findAll().stream().limit(50).toList();"),
                new Evidence("catalog", Criterion.DEPENDENCY_SUPPORTED, deps, "libraries checked against the catalog", file, line,
                        null));
        String cls = id.substring(0, id.indexOf('#'));
        return new Candidate(id, name, kind, trigger, new Location(file, line), scores, Verdict.of(scores.overall()),
                blockers, evidence, dependencies,
                new Closure(3, 7, 120, List.of(cls), List.of(id), List.of("java.util.List"), 1, false), patterns);
    }

    private static Dependency dep(String library, LibraryVerdict verdict, String replacement, String reason) {
        return new Dependency(library, verdict, replacement, reason, List.of(library + ".Api"));
    }

    private static Pattern pattern(String id, String title, String advice) {
        return new Pattern(id, title, advice, "https://developer.fermyon.com/spin/v3/" + id);
    }
}
