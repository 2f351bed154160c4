package io.wasmfit.generator.spin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Spin application with one component and the trigger that runs it: what wasmfit writes as
 * {@code spin.toml} (manifest version 2). Map values are strings, booleans, numbers, lists of
 * strings or nested maps (written as inline tables).
 *
 * @param name           application name (kebab-case)
 * @param description    one line
 * @param triggerType    http, redis, cron, mqtt, sqs
 * @param trigger        the trigger's own fields (route, executor, channel, cron_expression...),
 *                       without {@code component}
 * @param appTrigger     application-level settings of the trigger type (redis/mqtt address), may be empty
 * @param variables      application variables: name → {default, required, secret, description}
 * @param component      the component
 */
public record SpinApp(String name, String description, String triggerType, Map<String, Object> trigger,
                      Map<String, Object> appTrigger, Map<String, Map<String, Object>> variables, Component component) {

    public SpinApp {
        trigger = new LinkedHashMap<>(trigger);
        appTrigger = new LinkedHashMap<>(appTrigger);
        variables = new LinkedHashMap<>(variables);
    }

    /**
     * @param id                   kebab-case component id
     * @param source               the Wasm file, relative to spin.toml
     * @param allowedOutboundHosts {@code scheme://host:port} entries
     * @param keyValueStores       store labels ("default")
     * @param sqliteDatabases      database labels ("default")
     * @param environment          environment variables of the component
     * @param componentVariables   component variables (values may use {{ app_variable }})
     * @param buildCommand         what {@code spin build} runs
     * @param watch                globs {@code spin watch} monitors
     */
    public record Component(String id, String description, String source, List<String> allowedOutboundHosts,
                            List<String> keyValueStores, List<String> sqliteDatabases, Map<String, String> environment,
                            Map<String, String> componentVariables, String buildCommand, List<String> watch) {

        public Component {
            allowedOutboundHosts = List.copyOf(allowedOutboundHosts);
            keyValueStores = List.copyOf(keyValueStores);
            sqliteDatabases = List.copyOf(sqliteDatabases);
            environment = new LinkedHashMap<>(environment);
            componentVariables = new LinkedHashMap<>(componentVariables);
            watch = List.copyOf(watch);
        }
    }
}
