package dev.asynciotck.reports.cli;

import dev.asynciotck.steps.target.Targets;
import dev.asynciotck.steps.target.python.PythonTargets;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code tck list-targets}: what can be run here, and why something cannot. */
@Command(name = "list-targets", mixinStandardHelpOptions = true,
        description = "Lists the Java providers and Python interpreters available as targets.")
final class ListTargetsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Java providers (class path):");
        Targets.javaProviderNames().forEach(name -> out.println("  " + name));
        out.println("Python interpreters:");
        for (var python : PythonTargets.list()) {
            out.printf("  %-22s %s%n", python.name(), python.available() ? "available" : python.reason());
        }
    }
}
