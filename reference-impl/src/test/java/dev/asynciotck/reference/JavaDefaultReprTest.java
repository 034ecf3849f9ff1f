package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PythonValues#javaDefaults()} as the reference's messages use it: what CPython 3.13's {@code repr}
 * prints for the same values.
 */
class JavaDefaultReprTest {

    private final Reprs reprs = new Reprs(PythonValues.javaDefaults());

    @Test
    void exceptionsShowAsTheirConstructorCall() {
        assertThat(reprs.repr(new ValueError("boom"))).isEqualTo("ValueError('boom')");
        assertThat(reprs.repr(new ValueError())).isEqualTo("ValueError()");
        assertThat(reprs.repr(new ValueError("a", 1L))).isEqualTo("ValueError('a', 1)");
    }

    @Test
    void floatsShowAsPythonWritesThem() {
        assertThat(reprs.repr(1.5)).isEqualTo("1.5");
        assertThat(reprs.repr(2.0)).isEqualTo("2.0");
        assertThat(reprs.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(reprs.repr(1e16)).isEqualTo("1e+16");
        assertThat(reprs.repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(reprs.repr(0.0001)).isEqualTo("0.0001");
        assertThat(reprs.repr(0.00001)).isEqualTo("1e-05");
        assertThat(reprs.repr(-0.0)).isEqualTo("-0.0");
        assertThat(reprs.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void stringsAndContainersShowTheirElementsReprs() {
        assertThat(reprs.repr("it's")).isEqualTo("\"it's\"");
        assertThat(reprs.repr("a\nb'\"")).isEqualTo("'a\\nb\\'\"'");
        assertThat(reprs.repr(Arrays.asList("x", 1L, null, true))).isEqualTo("['x', 1, None, True]");
        var map = new LinkedHashMap<String, Object>();
        map.put("k", List.of(2.5));
        assertThat(reprs.repr(map)).isEqualTo("{'k': [2.5]}");
    }
}
