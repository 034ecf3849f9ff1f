package dev.asynciotck.spi.exceptions;

import java.util.List;

/** Python's ExceptionGroup (3.11+): a {@link BaseExceptionGroup} whose members are all {@code Exception}s. */
public class ExceptionGroup extends BaseExceptionGroup {

    public ExceptionGroup(String message, List<? extends Throwable> exceptions) {
        super(message, exceptions);
    }
}
