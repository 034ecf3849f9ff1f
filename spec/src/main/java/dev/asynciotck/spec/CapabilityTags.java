package dev.asynciotck.spec;

import java.util.Collection;
import java.util.List;

/**
 * The optional capabilities a scenario needs, from its {@code @needs-<capability>} tags, for example
 * {@code @needs-eager-task-factory} for {@link dev.asynciotck.spi.Capabilities#EAGER_TASK_FACTORY}. A target
 * that does not declare one of them finds the scenario not applicable, never failing.
 */
public final class CapabilityTags {

    public static final String PREFIX = "@needs-";

    private CapabilityTags() {
    }

    /** The capability names the tags ask for, in tag order. */
    public static List<String> required(Collection<String> tags) {
        return tags.stream().filter(t -> t.startsWith(PREFIX)).map(t -> t.substring(PREFIX.length())).toList();
    }
}
