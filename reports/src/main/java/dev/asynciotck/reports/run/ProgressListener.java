package dev.asynciotck.reports.run;

/** Hears about a target's run as it goes; called from the threads that run scenarios (implementations are thread-safe). */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** The engine found {@code scenarios} scenarios to run on {@code target}. */
    default void started(String target, long scenarios) {
    }

    /** The engine's filter left {@code scenarios} of the scenarios it counted out of the run. */
    default void leftOut(String target, long scenarios) {
    }

    /** One scenario finished. */
    default void finished(String target, ScenarioResult result) {
    }
}
