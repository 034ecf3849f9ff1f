package dev.asynciotck.reports.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The picocli-free path of {@code tck exec FILE} takes that exact form only; everything else stays picocli's. */
class ExecFastPathTest {

    @Test
    void thePlainFormTakesTheFastPath() {
        assertThat(ExecFastPath.applies(List.of("exec", "hello.py"))).isTrue();
        assertThat(ExecFastPath.applies(List.of("exec", "/tmp/a b/hello.py"))).isTrue();
    }

    @Test
    void optionsHelpArgumentFilesAndOtherCommandsGoThroughPicocli() {
        assertThat(ExecFastPath.applies(List.of("exec"))).isFalse();
        assertThat(ExecFastPath.applies(List.of("exec", ""))).isFalse();
        assertThat(ExecFastPath.applies(List.of("exec", "--help"))).isFalse();
        assertThat(ExecFastPath.applies(List.of("exec", "-h"))).isFalse();
        assertThat(ExecFastPath.applies(List.of("exec", "@args.txt"))).isFalse();
        assertThat(ExecFastPath.applies(List.of("exec", "hello.py", "--target", "cpython-3.13"))).isFalse();
        assertThat(ExecFastPath.applies(List.of("exec", "hello.py", "--timeout", "5"))).isFalse();
        assertThat(ExecFastPath.applies(List.of("run", "hello.py"))).isFalse();
        assertThat(ExecFastPath.applies(List.of("hello.py", "exec"))).isFalse();
    }
}
