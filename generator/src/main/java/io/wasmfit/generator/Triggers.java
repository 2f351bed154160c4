package io.wasmfit.generator;

import java.util.Locale;
import java.util.Map;

import io.wasmfit.model.Candidate;

/**
 * Maps a candidate's trigger to the Spin trigger that can replace it, and to the language matrix
 * feature a language needs for it. Function triggers (Lambda, Azure, GCP) arrive over HTTP in
 * Spin; brokers Spin has no trigger for (Kafka, AMQP, JMS) and in-process events are refused
 * with the reason.
 */
public final class Triggers {

    /** Candidate trigger type → Spin trigger type. */
    private static final Map<String, String> SPIN = Map.of(
            "http", "http", "lambda", "http", "azure-function", "http", "gcp-function", "http",
            "redis", "redis", "cron", "cron", "mqtt", "mqtt", "sqs", "sqs");

    private Triggers() {
    }

    public static String spinTrigger(Candidate c) throws GeneratorException {
        String type = c.trigger().type().toLowerCase(Locale.ROOT);
        String spin = SPIN.get(type);
        if (spin == null) {
            String why = switch (type) {
                case "kafka", "amqp", "jms" -> "Spin has no " + type + " trigger (built in: http, redis; plugins: cron, mqtt, sqs);"
                        + " bridge the " + c.trigger().detail().getOrDefault("destination", "queue")
                        + " to HTTP or Redis and generate for that trigger";
                case "spring-event" -> "a Spring application event is delivered inside the application's JVM, and nothing"
                        + " outside it can trigger a Spin component; publish the event over HTTP or Redis first";
                default -> "wasmfit knows no Spin trigger for '" + type + "' candidates";
            };
            throw new GeneratorException("cannot generate a satellite for " + c.id() + ": " + why);
        }
        return spin;
    }

    /** The language matrix feature id of a Spin trigger type. */
    public static String feature(String spinTrigger) {
        return spinTrigger + "-trigger";
    }
}
