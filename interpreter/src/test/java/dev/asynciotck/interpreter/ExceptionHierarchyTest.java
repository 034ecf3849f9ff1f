package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TimeoutError;
import dev.asynciotck.spi.exceptions.ValueError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The exception hierarchy follows the provider's asyncio version; outputs recorded from each CPython. */
class ExceptionHierarchyTest {

    private static final String PROGRAM = """
            import asyncio
            print(issubclass(asyncio.CancelledError, Exception), asyncio.CancelledError.__module__, asyncio.TimeoutError is TimeoutError, issubclass(asyncio.TimeoutError, OSError), issubclass(asyncio.InvalidStateError, Exception))
            try:
                raise asyncio.CancelledError()
            except Exception:
                print("caught by except Exception")
            except BaseException:
                print("caught by except BaseException")
            print(asyncio.InvalidStateError.__module__, asyncio.QueueEmpty.__module__)
            raise asyncio.CancelledError("stop")
            """;

    @ParameterizedTest(name = "asyncio {0}")
    @CsvSource(delimiter = '|', textBlock = """
            3.7  | True concurrent.futures._base False False True | caught by except Exception     | asyncio.base_futures asyncio.queues | concurrent.futures._base.CancelledError: stop
            3.8  | False asyncio.exceptions False False True      | caught by except BaseException | asyncio.exceptions asyncio.queues   | asyncio.exceptions.CancelledError: stop
            3.10 | False asyncio.exceptions False False True      | caught by except BaseException | asyncio.exceptions asyncio.queues   | asyncio.exceptions.CancelledError: stop
            3.11 | False asyncio.exceptions True True True        | caught by except BaseException | asyncio.exceptions asyncio.queues   | asyncio.exceptions.CancelledError: stop
            3.13 | False asyncio.exceptions True True True        | caught by except BaseException | asyncio.exceptions asyncio.queues   | asyncio.exceptions.CancelledError: stop
            """)
    void cancelledErrorAndTimeoutErrorSitWhereTheVersionPutsThem(String version, String facts, String caught,
                                                                  String modules, String last) {
        Run run = Run.language(version, PROGRAM);
        assertThat(run.stdout()).isEqualTo(facts + "\n" + caught + "\n" + modules + "\n");
        assertThat(run.uncaught().pythonClassName()).isEqualTo("CancelledError");
        assertThat(run.uncaught().lastTracebackLine()).isEqualTo(last);
        assertThat(run.uncaught().raised()).isInstanceOf(CancelledError.class);
    }

    @Test
    void exceptionsOfSpiClassesAreInstancesOfThoseClasses() {
        Run run = Run.language("3.13", "import asyncio\nclass Stop(asyncio.CancelledError):\n    pass\nraise Stop('now')\n");
        assertThat(run.uncaught().raised()).isInstanceOf(CancelledError.class);
        assertThat(run.uncaught().lastTracebackLine()).isEqualTo("Stop: now");
        assertThat(Run.language("3.13", "raise TimeoutError('late')\n").uncaught().raised()).isInstanceOf(TimeoutError.class);
        assertThat(Run.language("3.10", "raise TimeoutError('late')\n").uncaught().raised())
                .isNotInstanceOf(TimeoutError.class).isInstanceOf(PythonException.class);
        Run value = Run.language("raise ValueError('boom')\n");
        assertThat(value.uncaught().raised()).isInstanceOf(ValueError.class);
        assertThat(value.uncaught().lastTracebackLine()).isEqualTo("ValueError: boom");
    }

    @Test
    void theLastTracebackLineOmitsAnEmptyMessageAndQuotesKeyErrors() {
        assertThat(Run.language("raise KeyError('k')\n").uncaught().lastTracebackLine()).isEqualTo("KeyError: 'k'");
        assertThat(Run.language("raise RuntimeError\n").uncaught().lastTracebackLine()).isEqualTo("RuntimeError");
        assertThat(Run.language("class Oops(Exception):\n    pass\nraise Oops()\n").uncaught().lastTracebackLine())
                .isEqualTo("Oops");
    }

    @Test
    void exceptionGroupsExistFrom311() {
        assertThat(Run.language("3.11", "print(issubclass(ExceptionGroup, BaseExceptionGroup))\n").output())
                .isEqualTo("True\n");
        assertThat(Run.language("3.10", "ExceptionGroup\n").uncaught().lastTracebackLine())
                .isEqualTo("NameError: name 'ExceptionGroup' is not defined");
    }

    @Test
    void causeAndContextTravelInTheSpiException() {
        Run run = Run.language("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e\n");
        PythonException raised = (PythonException) run.uncaught().raised();
        assertThat(raised.getCause()).isInstanceOf(PythonException.class);
        assertThat(raised.context()).isSameAs(raised.getCause());
        assertThat(((PythonException) raised.getCause()).pythonName()).isEqualTo("ZeroDivisionError");
    }
}
