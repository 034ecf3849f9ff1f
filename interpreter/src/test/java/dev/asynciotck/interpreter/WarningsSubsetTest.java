package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warnings subset; expected outputs recorded from CPython 3.13.0 and 3.6.15. */
class WarningsSubsetTest {

    private static final String FILTERS = """
                import warnings

                def show(caught):
                    return [f"{w.category.__name__}:{w.message}:{w.lineno > 0}" for w in caught]

                with warnings.catch_warnings(record=True) as caught:
                    for i in range(3):
                        warnings.warn("dep", DeprecationWarning)
                    for i in range(2):
                        warnings.warn("user")
                    warnings.warn("rt", RuntimeWarning)
                print(1, show(caught))

                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("once")
                    for i in range(2):
                        warnings.warn("a")
                    warnings.warn("a")
                    warnings.warn("b", DeprecationWarning)
                print(2, show(caught))

                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    warnings.filterwarnings("ignore", message="skip", category=UserWarning)
                    warnings.warn("Skip me")
                    warnings.warn("keep me")
                    warnings.warn("skip too", RuntimeWarning)
                print(3, show(caught))

                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    try:
                        warnings.warn("boom", RuntimeWarning)
                    except RuntimeWarning as e:
                        print(4, type(e).__name__, e)

                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("module")
                    for i in range(2):
                        warnings.warn("m")
                    warnings.warn("m")
                print(5, show(caught))

                with warnings.catch_warnings(record=True) as caught:
                    warnings.resetwarnings()
                    warnings.warn("plain", DeprecationWarning)
                    warnings.warn(UserWarning("instance"))
                print(6, show(caught))

                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("ignore")
                    warnings.warn("x")
                print(7, show(caught), caught is not None)
                with warnings.catch_warnings() as nothing:
                    print(8, nothing)
                try:
                    warnings.warn("bad", int)
                except TypeError as e:
                    print(9, type(e).__name__)
                try:
                    warnings.simplefilter("bogus")
                except (ValueError, AssertionError) as e:
                    print(10, type(e).__name__, e)
                """;

    /** What CPython 3.6 and 3.13 both print for lines 2 to 9 of {@link #FILTERS}. */
    private static final String SAME_IN_EVERY_VERSION = """
                2 ['UserWarning:a:True', 'DeprecationWarning:b:True']
                3 ['UserWarning:keep me:True', 'RuntimeWarning:skip too:True']
                4 RuntimeWarning boom
                5 ['UserWarning:m:True']
                6 ['DeprecationWarning:plain:True', 'UserWarning:instance:True']
                7 [] True
                8 None
                9 TypeError
                """;

    @Test
    void filtersActionsAndTheOncePerLocationRegistryFollowCpython() {
        assertThat(Run.language(FILTERS).output()).isEqualTo(
                "1 ['DeprecationWarning:dep:True', 'UserWarning:user:True', 'RuntimeWarning:rt:True']\n"
                        + SAME_IN_EVERY_VERSION
                        + "10 ValueError invalid action: 'bogus'\n");
    }

    @Test
    void before37DeprecationWarningIsIgnoredEvenInMain() {
        assertThat(Run.language("3.6", FILTERS).output()).isEqualTo(
                "1 ['UserWarning:user:True', 'RuntimeWarning:rt:True']\n"
                        + SAME_IN_EVERY_VERSION
                        + "10 AssertionError invalid action: 'bogus'\n");
    }

    @Test
    void aWarningIsLocatedAtTheInnermostRunningStatementAndShownOnStderr() {
        Run run = Run.language("""
                import warnings

                def helper():
                    warnings.warn("from helper")

                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    helper()
                    warnings.warn("here")
                print([(str(w.message), w.lineno) for w in caught])
                warnings.warn("shown on stderr")
                print("done")
                """);
        assertThat(run.output()).isEqualTo("""
                [('from helper', 4), ('here', 9)]
                done
                """);
        assertThat(run.stderr()).contains(":11: UserWarning: shown on stderr");
    }
}
