package dev.asynciotck.spi;

import java.util.function.Supplier;

/** {@link PythonHost#javaDefaults()}. */
enum JavaDefaultHost implements PythonHost {
    INSTANCE;

    /** The only context: it holds no variables, so entering it changes nothing anyone can see. */
    private static final Context EMPTY = new Context() {
        @Override
        public <T> T run(Supplier<T> action) {
            return action.get();
        }

        @Override
        public String toString() {
            return "<Context (Java defaults, empty)>";
        }
    };

    @Override
    public Context copyContext() {
        return EMPTY;
    }

    @Override
    public Object currentThreadState() {
        return null;
    }

    @Override
    public void attachThreadState(Object state) {
    }

    @Override
    public ConcurrentFuture newConcurrentFuture() {
        throw unsupported("concurrent.futures.Future()");
    }

    @Override
    public ConcurrentExecutor newThreadPoolExecutor(String threadNamePrefix) {
        throw unsupported("concurrent.futures.ThreadPoolExecutor()");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " needs a Python runtime: open the module with "
                + "RuntimeOptions.withHost(a PythonHost that supplies concurrent.futures)");
    }
}
