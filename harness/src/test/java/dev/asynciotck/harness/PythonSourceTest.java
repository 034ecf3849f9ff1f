package dev.asynciotck.harness;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Source files decoded as CPython decodes them (PEP 263). Each expectation here is what CPython 3.6–3.13 does
 * with the same bytes (checked with python FILE on each).
 */
class PythonSourceTest {

    private static String decode(byte[] bytes) throws PythonSource.EncodingException {
        return PythonSource.decode(bytes, "prog.py");
    }

    @Test
    void withoutADeclarationTheSourceIsUtf8() throws Exception {
        assertThat(decode("print('caf\u00e9')\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("print('caf\u00e9')\n");
    }

    @Test
    void aLatin1DeclarationOnTheFirstOrSecondLineDecidesTheEncoding() throws Exception {
        assertThat(decode("# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1)))
                .endsWith("x = '\u00e9'\n");
        assertThat(decode("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u20ac'\n"
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-15")))).endsWith("x = '\u20ac'\n");
    }

    @Test
    void aDeclarationAfterALineOfCodeIsNotOne() throws Exception {
        byte[] source = "x = 1\n# coding: latin-1\ny = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decode(source)).isInstanceOf(PythonSource.EncodingException.class)
                .hasMessage("prog.py: line 3: not valid UTF-8; a file in another encoding declares it on its first"
                        + " line, e.g. # -*- coding: latin-1 -*-");
    }

    @Test
    void anUnknownEncodingIsAnEncodingProblem() {
        assertThatThrownBy(() -> decode("# coding: bogus\nprint(1)\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("prog.py: encoding problem: bogus");
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsDropped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "print(1)\n".getBytes(StandardCharsets.US_ASCII);
        byte[] source = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, source, 0, 3);
        System.arraycopy(body, 0, source, 3, body.length);
        assertThat(decode(source)).isEqualTo("print(1)\n");
        byte[] latin = "# coding: latin-1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] both = new byte[3 + latin.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(latin, 0, both, 3, latin.length);
        assertThatThrownBy(() -> decode(both)).hasMessage("prog.py: encoding problem: latin-1 with BOM");
    }
}
