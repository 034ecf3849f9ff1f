package dev.asynciotck.reports.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The system's load average, as fuzz runs print it beside their rate (the machine may be shared). */
public final class LoadAverage {

    private LoadAverage() {
    }

    /** {@code 1.23 2.34 3.45} (1, 5 and 15 minutes) from /proc/loadavg, else the 1-minute figure, else "?". */
    public static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            if (fields.length >= 3) {
                return String.join(" ", Arrays.copyOf(fields, 3));
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not Linux: the JVM's own figure below.
        }
        double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return one < 0 ? "?" : String.format("%.2f", one);
    }
}
