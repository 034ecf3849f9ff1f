package dev.asynciotck.steps.glue;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where an in-process runner receives each scenario's {@link ScenarioEvidence}: it registers a sink, passes
 * its key to {@link TckPlugin} as {@code sink=KEY}, and unregisters it when the run is over. Keys are unique,
 * so concurrent runs never see each other's evidence.
 */
public final class EvidenceSinks {

    private static final Map<String, Consumer<ScenarioEvidence>> SINKS = new ConcurrentHashMap<>();

    private EvidenceSinks() {
    }

    /** Registers {@code sink} (which must be thread-safe) and returns its key. */
    public static String register(Consumer<ScenarioEvidence> sink) {
        String key = UUID.randomUUID().toString();
        SINKS.put(key, sink);
        return key;
    }

    public static void unregister(String key) {
        SINKS.remove(key);
    }

    static Optional<Consumer<ScenarioEvidence>> find(String key) {
        return Optional.ofNullable(SINKS.get(key));
    }
}
