package dev.asynciotck.interpreter.runtime.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Outcome;
import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Resumption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both generator mechanisms keep the same contract: strict hand-off, send/throw, nesting, abandonment. */
class GeneratorStrandTest {

    @ParameterizedTest
    @EnumSource(GeneratorMechanism.class)
    void yieldsTakesSentValuesAndThrownExceptionsAndEnds(GeneratorMechanism mechanism) {
        GeneratorStrand.Registry registry = new GeneratorStrand.Registry(mechanism);
        List<Object> seen = new ArrayList<>();
        GeneratorStrand strand = registry.newStrand("test", s -> {
            seen.add(s.yieldValue(1L));
            try {
                s.yieldValue(2L);
            } catch (IllegalArgumentException e) {
                seen.add("caught " + e.getMessage());
            }
            return "done";
        });
        assertThat(strand.started()).isFalse();
        assertThat(strand.resume(new Resumption.Send(null))).isEqualTo(new Outcome.Yielded(1L));
        assertThat(registry.live()).isEqualTo(1);
        assertThat(strand.resume(new Resumption.Send("x"))).isEqualTo(new Outcome.Yielded(2L));
        assertThat(strand.resume(new Resumption.Throw(new IllegalArgumentException("boom"))))
                .isEqualTo(new Outcome.Returned("done"));
        assertThat(seen).containsExactly("x", "caught boom");
        assertThat(strand.finished()).isTrue();
        assertThat(registry.live()).isZero();
        assertThatThrownBy(() -> strand.resume(new Resumption.Send(null))).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(GeneratorMechanism.class)
    void aBodyMayDriveAnotherStrandAndEachYieldReturnsToItsOwnResumer(GeneratorMechanism mechanism) {
        GeneratorStrand.Registry registry = new GeneratorStrand.Registry(mechanism);
        GeneratorStrand inner = registry.newStrand("inner", s -> {
            s.yieldValue("inner 1");
            s.yieldValue("inner 2");
            return null;
        });
        GeneratorStrand outer = registry.newStrand("outer", s -> {
            Outcome first = inner.resume(new Resumption.Send(null));
            s.yieldValue("outer saw " + ((Outcome.Yielded) first).value());
            Outcome second = inner.resume(new Resumption.Send(null));
            return "outer saw " + ((Outcome.Yielded) second).value();
        });
        assertThat(outer.resume(new Resumption.Send(null))).isEqualTo(new Outcome.Yielded("outer saw inner 1"));
        assertThat(outer.resume(new Resumption.Send(null))).isEqualTo(new Outcome.Returned("outer saw inner 2"));
        assertThat(registry.live()).isEqualTo(1); // inner is still suspended
        registry.abandonAll();
        assertThat(registry.live()).isZero();
        assertThat(inner.finished()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(GeneratorMechanism.class)
    void abandoningUnwindsWithoutRunningTheBodysHandlers(GeneratorMechanism mechanism) {
        GeneratorStrand.Registry registry = new GeneratorStrand.Registry(mechanism);
        List<String> ran = new ArrayList<>();
        List<GeneratorStrand> strands = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            GeneratorStrand strand = registry.newStrand("many", s -> {
                try {
                    s.yieldValue(null);
                } catch (RuntimeException e) {
                    ran.add("handler");
                }
                ran.add("after the yield");
                return null;
            });
            strand.resume(new Resumption.Send(null));
            strands.add(strand);
        }
        assertThat(registry.live()).isEqualTo(1000);
        registry.abandonAll();
        assertThat(registry.live()).isZero();
        assertThat(ran).isEmpty();
        assertThat(strands).allMatch(GeneratorStrand::finished);
    }

    @ParameterizedTest
    @EnumSource(GeneratorMechanism.class)
    void aYieldOutsideTheBodyIsRefused(GeneratorMechanism mechanism) {
        GeneratorStrand strand = new GeneratorStrand.Registry(mechanism).newStrand("test", s -> null);
        assertThatThrownBy(() -> strand.yieldValue(1L)).isInstanceOf(IllegalStateException.class);
    }
}
