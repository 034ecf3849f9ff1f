package dev.asynciotck.spec;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional capabilities a scenario needs, from its {@code @needs-<capability>} tags, for example
 * {@code @needs-eager-task-factory} for {@link dev.asynciotck.spi.Capabilities#EAGER_TASK_FACTORY}. A target
 * that does not declare one of them finds the scenario not applicable, never failing.
 */
public final class CapabilityTags {

    public static final String PREFIX = "@needs-";

    private CapabilityTags() {
    }

    /** The reason text of a scenario made not applicable by it: {@link #lacking} reads the capability back. */
    private static final String NOT_DECLARED = ", which does not declare the optional capability ";
    private static final Pattern LACKING = Pattern.compile(Pattern.quote(NOT_DECLARED) + "([a-z0-9-]+)");

    /** Why a scenario that needs {@code capability} is not applicable to {@code target}. */
    public static String notApplicableReason(String target, String capability) {
        return "not applicable to " + target + NOT_DECLARED + capability;
    }

    /** The capability a {@link #notApplicableReason} names; empty for any other text. */
    public static Optional<String> lacking(String reason) {
        Matcher matcher = LACKING.matcher(reason);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The capability names the tags ask for, in tag order. */
    public static List<String> required(Collection<String> tags) {
        return tags.stream().filter(t -> t.startsWith(PREFIX)).map(t -> t.substring(PREFIX.length())).toList();
    }
}
