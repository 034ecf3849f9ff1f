package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.asynciotck.interpreter.syntax.PythonSyntaxError;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** Unsupported constructs and syntax errors are reported with their exact position. */
class SourceErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x = [1 for i in range(3)]\\nf(x := 1)\\n    | assignment expression (:=)       | 2 | 3
            match command:\\n    case 1:\\n        pass\\n | match statement                | 1 | 1
            if (n := 10) > 5:\\n    pass\\n         | assignment expression (:=)       | 1 | 5
            data = b'raw'\\n                        | bytes literal                    | 1 | 8
            z = 1 + 2j\\n                           | complex number literal           | 1 | 9
            m = a @ b\\n                            | matrix multiplication operator '@' | 1 | 7
            from . import x\\n                      | relative import                  | 1 | 6
            class A(B, metaclass=M):\\n    pass\\n  | class keyword argument 'metaclass=' | 1 | 12
            """)
    void parsingReportsAnUnsupportedConstructAtItsPosition(String source, String construct, int line, int column) {
        String program = source.replace("\\n", "\n");
        assertThatThrownBy(() -> Program.parse(program, "prog.py"))
                .isInstanceOfSatisfying(UnsupportedConstructError.class, e -> {
                    assertThat(e.construct()).isEqualTo(construct);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e).hasMessage("unsupported Python construct: " + construct + " at line " + line
                            + ", column " + column);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            import os\\nprint(1)\\n                            | import of module 'os'          | 1 | 8
            import asyncio, time\\n                            | import of module 'time'        | 1 | 17
            from collections import deque\\n                   | import from module 'collections' | 1 | 1
            x = 1\\nf = open('x')\\n                           | builtin 'open'                 | 2 | 5
            import asyncio\\np = asyncio.open_connection()\\n | asyncio.open_connection        | 2 | 5
            def f(*a):\\n    return vars()\\nprint(f())\\n     | builtin 'vars'                 | 2 | 12
            """)
    void runningReportsAnUnsupportedConstructWhereExecutionReachesIt(String source, String construct, int line,
                                                                      int column) {
        String program = source.replace("\\n", "\n");
        Program parsed = Program.parse(program, "prog.py");
        assertThatThrownBy(() -> Run.language(program))
                .isInstanceOfSatisfying(UnsupportedConstructError.class, e -> {
                    assertThat(e.construct()).isEqualTo(construct);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                });
        assertThat(parsed.filename()).isEqualTo("prog.py");
    }

    @Test
    void aProgramThatNeverReachesAnUnsupportedBuiltinRuns() {
        assertThat(Run.language("if False:\n    open('x')\nprint('fine')\n").output()).isEqualTo("fine\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            await x\\n                                | 'await' outside function           | 1 | 1
            def f():\\n    await x\\n                 | 'await' outside async function     | 2 | 5
            return 1\\n                               | 'return' outside function          | 1 | 1
            yield 1\\n                                | 'yield' outside function           | 1 | 1
            async def f():\\n    yield from x\\n    | 'yield from' inside async function | 2 | 5
            async def f():\\n    yield 1\\n    return 2\\n | 'return' with value in async generator | 3 | 5
            while True:\\n    pass\\nbreak\\n         | 'break' outside loop               | 3 | 1
            def f(:):\\n    pass\\n                   | expected a name, found ':'         | 1 | 7
            x = (1,\\n                                | '(' was never closed            | 1 | 5
            f() = 1\\n                                | cannot assign to function call     | 1 | 1
            try:\\n    pass\\nprint(1)\\n             | expected 'except' or 'finally' block, found 'print' | 3 | 1
            """)
    void syntaxErrorsArePositioned(String source, String detail, int line, int column) {
        String program = source.replace("\\n", "\n");
        assertThatThrownBy(() -> Program.parse(program, "prog.py"))
                .isInstanceOfSatisfying(PythonSyntaxError.class, e -> {
                    assertThat(e.detail()).isEqualTo(detail);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e).hasMessage("invalid syntax: " + detail + " at line " + line + ", column " + column);
                });
    }
}
