package dev.asynciotck.interpreter;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.PythonHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a program and captures what it printed and how it ended. */
record Run(String stdout, String stderr, UncaughtPythonException uncaught) {

    static Run on(Asyncio asyncio, String source) {
        return on(asyncio, Interpreter.newHost(), source);
    }

    /** Runs a program on a module opened with {@code host}. */
    static Run on(Asyncio asyncio, PythonHost host, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        UncaughtPythonException uncaught = null;
        try {
            new Interpreter(asyncio, stdout, stderr, host).run(Program.parse(source, "test.py"));
        } catch (UncaughtPythonException e) {
            uncaught = e;
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), uncaught);
    }

    /** Runs a program that uses no asyncio, as on CPython {@code version}. */
    static Run language(String version, String source) {
        return on(LanguageOnlyAsyncio.of(version), source);
    }

    static Run language(String source) {
        return language("3.13", source);
    }

    /** The output, failing if the program raised. */
    String output() {
        if (uncaught != null) {
            throw new AssertionError("program raised " + uncaught.lastTracebackLine() + "\nstdout:\n" + stdout, uncaught);
        }
        return stdout;
    }
}
