package dev.asynciotck.reports.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes decoded into a {@link Writer} as they come (a character split across writes waits for its end). */
final class WriterOutputStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int take = Math.min(length, pending.remaining());
            pending.put(bytes, offset, take);
            offset += take;
            length -= take;
            pending.flip();
            while (decoder.decode(pending, chars, false).isOverflow()) {
                drain();
            }
            drain();
            pending.compact();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        drain();
        writer.flush();
    }

    private void drain() throws IOException {
        chars.flip();
        writer.append(chars);
        chars.clear();
    }
}
