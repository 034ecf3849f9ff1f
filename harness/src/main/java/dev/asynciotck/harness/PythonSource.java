package dev.asynciotck.harness;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python source file's bytes decoded as CPython decodes them (PEP 263): UTF-8 unless a coding declaration
 * ({@code # -*- coding: latin-1 -*-}) on the first or second line names another encoding; a UTF-8 byte order
 * mark is allowed (and then only a UTF-8 declaration). The second line is read for a declaration only when the
 * first is blank or a comment, as CPython does.
 */
public final class PythonSource {

    /** CPython's declaration pattern, applied to each of the first two lines. */
    private static final Pattern DECLARATION = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private static final Map<String, Charset> PYTHON_NAMES = Map.of(
            "utf-8", StandardCharsets.UTF_8, "utf8", StandardCharsets.UTF_8, "utf-8-sig", StandardCharsets.UTF_8,
            "latin-1", StandardCharsets.ISO_8859_1, "latin1", StandardCharsets.ISO_8859_1,
            "iso-latin-1", StandardCharsets.ISO_8859_1, "l1", StandardCharsets.ISO_8859_1,
            "ascii", StandardCharsets.US_ASCII, "us-ascii", StandardCharsets.US_ASCII);

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PythonSource() {
    }

    /** Why a source file cannot be decoded; the message is CPython's kind of SyntaxError text, with the place. */
    public static final class EncodingException extends Exception {
        EncodingException(String message) {
            super(message);
        }
    }

    /**
     * The text of {@code source}, decoded as CPython would.
     *
     * @param origin the file name, for messages
     * @throws EncodingException an unknown encoding, or bytes that are not valid in the source's encoding
     */
    public static String decode(byte[] source, String origin) throws EncodingException {
        boolean bom = source.length >= 3 && Arrays.equals(source, 0, 3, BOM, 0, 3);
        byte[] body = bom ? Arrays.copyOfRange(source, 3, source.length) : source;
        Optional<String> declared = declaredEncoding(body);
        Charset charset = StandardCharsets.UTF_8;
        if (declared.isPresent()) {
            charset = charset(declared.get()).orElseThrow(() -> new EncodingException(origin
                    + ": encoding problem: " + declared.get() + " (an unknown encoding in the coding declaration)"));
            if (bom && !charset.equals(StandardCharsets.UTF_8)) {
                throw new EncodingException(origin + ": encoding problem: " + declared.get() + " with BOM");
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new EncodingException(origin + ": line " + lineOfFirstBadByte(body, charset) + ": not valid "
                    + charset.name() + (declared.isPresent() ? " (as its coding declaration says)"
                    : "; a file in another encoding declares it on its first line, e.g. # -*- coding: latin-1 -*-"));
        }
    }

    /** The encoding named by a coding declaration on the first or second line, if there is one. */
    static Optional<String> declaredEncoding(byte[] body) {
        String[] lines = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher declaration = DECLARATION.matcher(lines[i]);
            if (declaration.find()) {
                return Optional.of(declaration.group(1));
            }
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String pythonName) {
        String name = pythonName.toLowerCase(Locale.ROOT).replace('_', '-');
        Charset known = PYTHON_NAMES.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static int lineOfFirstBadByte(byte[] body, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(body, start, i - start));
                } catch (CharacterCodingException bad) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
