package dev.asynciotck.reference;

import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The asyncio versions the reference follows. A module is opened at one version (its
 * {@link RuntimeOptions#asyncioVersion()}, 3.13 when none is given) and every place where CPython's asyncio
 * differs between versions asks {@link ModuleState#atLeast} — the version travels with the module, never as
 * global state. The switches and the CPython sources they follow are listed in the module's README.
 */
final class ReferenceVersions {

    /** What plain {@code reference} is: CPython 3.13.0's asyncio. */
    static final PythonVersion DEFAULT = new PythonVersion(3, 13);

    /** 3.6 to 3.15, the versions the suite's scenarios are proven on. */
    static final SortedSet<PythonVersion> FOLLOWED;

    static {
        SortedSet<PythonVersion> versions = new TreeSet<>();
        for (int minor = 6; minor <= 15; minor++) {
            versions.add(new PythonVersion(3, minor));
        }
        FOLLOWED = Collections.unmodifiableSortedSet(versions);
    }

    private ReferenceVersions() {
    }

    /** The version {@code options} ask for, or {@link #DEFAULT}; one the reference does not follow is refused. */
    static PythonVersion chosen(RuntimeOptions options) {
        PythonVersion version = options.asyncioVersion().orElse(DEFAULT);
        if (!FOLLOWED.contains(version)) {
            throw new IllegalArgumentException("the reference follows asyncio " + FOLLOWED.first() + " to "
                    + FOLLOWED.last() + ", not " + version);
        }
        return version;
    }
}
