package dev.asynciotck.reports.cli;

import picocli.CommandLine.Command;

import java.lang.reflect.InvocationTargetException;

/** {@code tck demo}: the reference loop plays the question that started the project. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Plays the source question's program on the reference loop, with and without sleep(0).")
final class DemoCommand implements Runnable {

    private static final String DEMO = "dev.asynciotck.reference.demo.SeedQuestionDemo";

    @Override
    public void run() {
        try {
            Class.forName(DEMO).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the demo failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the reference implementation is not on the class path: " + e);
        }
    }
}
