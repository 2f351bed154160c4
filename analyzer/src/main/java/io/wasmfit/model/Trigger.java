package io.wasmfit.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What invokes a candidate. {@code type} is one of http, kafka, amqp, jms, sqs, redis, mqtt, cron,
 * lambda, azure-function, gcp-function, spring-event, spring-cloud-stream, spring-cloud-function (rule packs
 * may add more). {@code detail}
 * keys by type: http → method, route; messages → destination; cron → cron (Spin syntax) and
 * source (the original expression); functions → handler.
 */
public record Trigger(String type, Map<String, String> detail) {

    public Trigger {
        detail = Collections.unmodifiableMap(new TreeMap<>(detail));
    }

    public String detail(String key) {
        return detail.get(key);
    }
}
