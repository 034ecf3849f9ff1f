package dev.asynciotck.harness.python;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a Python child process gets: nothing inherited but {@code PATH}; {@code HOME} and
 * {@code TMPDIR} point into the run's own directory; the locale is {@code C.UTF-8} so that even 3.6, which
 * has no UTF-8 mode, encodes standard streams as UTF-8. ({@code PYTHON*} variables would be ignored anyway,
 * as interpreters run with {@code -I}.)
 */
final class CleanEnvironment {

    private CleanEnvironment() {
    }

    /** The environment for a child running in {@code directory}, taking only {@code PATH} from this process. */
    static Map<String, String> forDirectory(Path directory) {
        return forDirectory(directory, System.getenv());
    }

    /** The environment for a child running in {@code directory}, taking only {@code PATH} from {@code parent}. */
    static Map<String, String> forDirectory(Path directory, Map<String, String> parent) {
        var environment = new LinkedHashMap<String, String>();
        String path = parent.get("PATH");
        environment.put("PATH", path != null ? path : "/usr/local/bin:/usr/bin:/bin");
        environment.put("HOME", directory.toString());
        environment.put("TMPDIR", directory.toString());
        environment.put("LANG", "C.UTF-8");
        environment.put("LC_ALL", "C.UTF-8");
        return environment;
    }
}
