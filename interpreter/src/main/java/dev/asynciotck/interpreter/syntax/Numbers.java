package dev.asynciotck.interpreter.syntax;

import java.math.BigInteger;

/** Number literals: int (Long, or BigInteger past 64 bits) and float (Double). */
final class Numbers {

    private Numbers() {
    }

    static Object parse(Token token) {
        String text = token.text().replace("_", "");
        try {
            String lower = text.toLowerCase();
            if (lower.startsWith("0x")) {
                return integer(new BigInteger(text.substring(2), 16));
            }
            if (lower.startsWith("0o")) {
                return integer(new BigInteger(text.substring(2), 8));
            }
            if (lower.startsWith("0b")) {
                return integer(new BigInteger(text.substring(2), 2));
            }
            if (lower.contains(".") || lower.contains("e")) {
                return Double.parseDouble(text);
            }
            if (text.length() > 1 && text.startsWith("0") && !text.chars().allMatch(c -> c == '0')) {
                throw new PythonSyntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        token.line(), token.column());
            }
            return integer(new BigInteger(text));
        } catch (NumberFormatException e) {
            throw new PythonSyntaxError("invalid number literal '" + token.text() + "'", token.line(), token.column());
        }
    }

    static Object integer(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
