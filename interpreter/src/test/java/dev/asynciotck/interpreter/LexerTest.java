package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.interpreter.syntax.Lexer;
import dev.asynciotck.interpreter.syntax.Token;
import dev.asynciotck.interpreter.syntax.TokenType;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.asynciotck.interpreter.syntax.PythonSyntaxError;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

class LexerTest {

    private static List<String> kinds(String source) {
        return Lexer.tokenize(source).stream()
                .map(t -> switch (t.type()) {
                    case NEWLINE, INDENT, DEDENT, END -> t.type().name();
                    default -> t.text();
                })
                .toList();
    }

    @Test
    void indentationBecomesIndentAndDedentTokens() {
        assertThat(kinds("if x:\n    y = 1\n    if z:\n        pass\nw\n")).containsExactly(
                "if", "x", ":", "NEWLINE", "INDENT", "y", "=", "1", "NEWLINE", "if", "z", ":", "NEWLINE", "INDENT",
                "pass", "NEWLINE", "DEDENT", "DEDENT", "w", "NEWLINE", "END");
    }

    @Test
    void blankLinesAndCommentsDoNotAffectIndentation() {
        assertThat(kinds("def f():\n\n    # comment\n    return 1  # trailing\n\n\nx")).containsExactly(
                "def", "f", "(", ")", ":", "NEWLINE", "INDENT", "return", "1", "NEWLINE", "DEDENT", "x", "NEWLINE", "END");
    }

    @Test
    void newlinesInsideBracketsAndAfterBackslashJoinLines() {
        assertThat(kinds("x = [1,\n     2]\ny = 1 + \\\n    2\n")).containsExactly(
                "x", "=", "[", "1", ",", "2", "]", "NEWLINE", "y", "=", "1", "+", "2", "NEWLINE", "END");
    }

    @Test
    void stringsKeepTheirPrefixAndQuotesAndSpanLinesWhenTripleQuoted() {
        List<Token> tokens = Lexer.tokenize("a = f'{x}' + r\"\\d\" + '''one\ntwo'''\nb = 1\n");
        assertThat(tokens.stream().filter(t -> t.type() == TokenType.STRING).map(Token::text))
                .containsExactly("f'{x}'", "r\"\\d\"", "'''one\ntwo'''");
        Token b = tokens.stream().filter(t -> t.text().equals("b")).findFirst().orElseThrow();
        assertThat(b.line()).isEqualTo(3);
        assertThat(b.column()).isEqualTo(1);
    }

    @Test
    void tokensCarryOneBasedPositions() {
        Token value = Lexer.tokenize("if True:\n    total = 42\n").stream()
                .filter(t -> t.text().equals("42")).findFirst().orElseThrow();
        assertThat(value.line()).isEqualTo(2);
        assertThat(value.column()).isEqualTo(13);
    }

    @Test
    void operatorsAreMatchedLongestFirst() {
        assertThat(kinds("a **= b // c != d -> e")).containsExactly(
                "a", "**=", "b", "//", "c", "!=", "d", "->", "e", "NEWLINE", "END");
    }

    @Test
    void numbersIncludeFloatsExponentsAndUnderscores() {
        assertThat(kinds("1_000 0x1F 3.14 .5 1e-3 2.")).containsExactly(
                "1_000", "0x1F", "3.14", ".5", "1e-3", "2.", "NEWLINE", "END");
    }

    @Test
    void anUnterminatedStringIsASyntaxErrorAtItsStart() {
        assertThatThrownBy(() -> Lexer.tokenize("x = 1\ny = 'abc\n"))
                .isInstanceOf(PythonSyntaxError.class)
                .hasMessage("invalid syntax: unterminated string literal at line 2, column 5");
    }

    @Test
    void anInconsistentDedentIsASyntaxError() {
        assertThatThrownBy(() -> Lexer.tokenize("if x:\n        a\n    b\n"))
                .isInstanceOf(PythonSyntaxError.class)
                .hasMessageContaining("unindent does not match any outer indentation level at line 3");
    }

    @Test
    void aComplexLiteralIsUnsupported() {
        assertThatThrownBy(() -> Lexer.tokenize("z = 2j\n"))
                .isInstanceOf(UnsupportedConstructError.class)
                .hasMessage("unsupported Python construct: complex number literal at line 1, column 5");
    }
}
