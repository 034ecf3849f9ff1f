package dev.asynciotck.interpreter.syntax;

/** The kinds of tokens the lexer produces. */
public enum TokenType {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END
}
