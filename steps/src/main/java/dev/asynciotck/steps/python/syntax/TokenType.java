package dev.asynciotck.steps.python.syntax;

/** The kinds of tokens the lexer produces. */
public enum TokenType {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END
}
