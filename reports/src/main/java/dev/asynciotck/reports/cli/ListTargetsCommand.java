package dev.asynciotck.reports.cli;

import dev.asynciotck.harness.Targets;
import dev.asynciotck.harness.TargetFamily;
import dev.asynciotck.harness.python.PythonTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code tck list-targets}: what can be run here, and why something cannot. */
@Command(name = "list-targets", mixinStandardHelpOptions = true,
        description = "Lists the Java providers, Python interpreters, WebAssembly CPython builds and other targets (GraalPy) available here.")
final class ListTargetsCommand implements Runnable {

    @Option(names = "--classpath", paramLabel = "JARS", description = "also list the "
            + "providers in these jars or class folders (separated by the platform's path separator)")
    String classpath;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Java providers (class path):");
        List<Path> extra = classpath == null ? List.of()
                : Arrays.stream(classpath.split(File.pathSeparator)).filter(p -> !p.isBlank())
                .map(Path::of).toList();
        Targets.javaProviderNames(extra).forEach(name -> out.println("  " + name));
        out.println("  (the reference suspends coroutine bodies on: " + referenceStrand() + ")");
        out.println("Python interpreters:");
        for (var python : PythonTargets.list()) {
            out.printf("  %-22s %s%n", python.name(), python.available() ? "available" : python.reason());
        }
        for (TargetFamily family : Targets.families()) {
            out.println(family.title() + ":");
            for (var member : family.list()) {
                out.printf("  %-22s %s%n", member.name(),
                        member.available() ? "available: " + member.reason() : member.reason());
            }
        }
    }

    /** The reference's strand mechanism in this JVM; the reference is a runtime-only dependency, hence reflection. */
    private static String referenceStrand() {
        try {
            return (String) Class.forName("dev.asynciotck.reference.strand.StrandMechanism")
                    .getMethod("describeSelection").invoke(null);
        } catch (ReflectiveOperationException | LinkageError absent) {
            return "unknown, the reference implementation is not on the class path";
        }
    }
}
