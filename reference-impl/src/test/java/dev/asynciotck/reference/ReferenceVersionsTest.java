package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Capabilities;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference opened at a chosen asyncio version: what it reports and a few switches of each family. */
class ReferenceVersionsTest {

    private final ReferenceProvider provider = new ReferenceProvider();

    private Asyncio open(int minor) {
        return provider.open(RuntimeOptions.defaults().withVirtualClock(true).withAsyncioVersion(new PythonVersion(3, minor)));
    }

    @Test
    void theProviderFollows36To315AndOpensAtTheVersionAsked() {
        assertThat(provider.asyncioVersions()).hasSize(10).first().isEqualTo(new PythonVersion(3, 6));
        assertThat(provider.asyncioVersions().last()).isEqualTo(new PythonVersion(3, 15));
        for (int minor = 6; minor <= 15; minor++) {
            try (Asyncio aio = open(minor)) {
                assertThat(aio.version()).isEqualTo(new PythonVersion(3, minor));
                assertThat(aio.cancelledErrorIsException()).isEqualTo(minor < 8);
            }
        }
        try (Asyncio plain = provider.open(RuntimeOptions.defaults())) {
            assertThat(plain.version()).isEqualTo(new PythonVersion(3, 13));
        }
    }

    @Test
    void aVersionNotFollowedIsRefused() {
        assertThatThrownBy(() -> open(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the reference follows asyncio 3.6 to 3.15, not 3.5");
        assertThatThrownBy(() -> open(16)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eagerTasksAreACapabilityFrom312() {
        assertThat(provider.capabilities(new PythonVersion(3, 11))).doesNotContain(Capabilities.EAGER_TASK_FACTORY);
        assertThat(provider.capabilities(new PythonVersion(3, 12))).contains(Capabilities.EAGER_TASK_FACTORY);
    }

    /** dir(asyncio) of each version: what each added and what 3.7 and 3.14 removed. */
    @Test
    void theModuleNamesFollowTheVersion() {
        try (Asyncio v36 = open(6); Asyncio v311 = open(11); Asyncio v314 = open(14)) {
            assertThat(v36.hasAttribute("create_task")).isFalse();
            assertThat(v36.hasAttribute("async")).isTrue();
            assertThat(v311.hasAttribute("TaskGroup")).isTrue();
            assertThat(v311.hasAttribute("eager_task_factory")).isFalse();
            assertThat(v314.hasAttribute("get_child_watcher")).isFalse();
            assertThat(v314.hasAttribute("capture_call_graph")).isTrue();
            assertThat(v314.hasAttribute("DefaultEventLoopPolicy")).isTrue();
        }
    }

    /** events.py: get_event_loop() with no loop set makes one up to 3.13 and raises from 3.14. */
    @Test
    void getEventLoopStopsMakingALoopIn314() {
        try (Asyncio v313 = open(13); Asyncio v314 = open(14)) {
            assertThat(v313.getEventLoop()).isNotNull();
            assertThatThrownBy(v314::getEventLoop).isInstanceOf(RuntimeError.class)
                    .hasMessageContaining("There is no current event loop in thread");
        }
    }

    /**
     * futures.py and tasks.py 3.14: a task awaiting a future is recorded as its waiter until it is woken up (3.13
     * records nothing); future_add_to_awaited_by ignores what is not a future. As a program:
     * fut = loop.create_future(); waiter = create_task(waits(fut), name="waiter"); await sleep(0);
     * print(names(fut)); fut.set_result(None); await waiter; print(names(fut))
     */
    @Test
    void aTaskAwaitingAFutureIsItsRecordedWaiterFrom314() {
        for (int minor : new int[] {13, 14}) {
            List<Object> seen = new ArrayList<>();
            try (Asyncio aio = open(minor)) {
                aio.run(aio.coroutine("main", awaiter -> {
                    Future fut = aio.getRunningLoop().createFuture();
                    Future waiter = aio.createTask(aio.coroutine("waits", a -> a.await(fut)), "waiter");
                    awaiter.await(aio.sleep(0, null));
                    seen.add(fut.awaitedBy().stream().map(f -> ((dev.asynciotck.spi.Task) f).getName()).toList());
                    fut.setResult(null);
                    awaiter.await(waiter);
                    seen.add(fut.awaitedBy().size());
                    aio.futureAddToAwaitedBy(fut, "not a future");
                    seen.add(fut.awaitedBy().size());
                    return null;
                }));
            }
            assertThat(seen).as("3.%d", minor).containsExactly(minor >= 14 ? List.of("waiter") : List.of(), 0, 0);
        }
    }

    /**
     * _asynciomodule.c 3.15, future_init: __init__ again on a made future or task raises RuntimeError and changes
     * nothing (the done future keeps its result); before 3.15 the re-initialisation is not modelled.
     */
    @Test
    void initAgainIsRefusedFrom315() {
        try (Asyncio v314 = open(14); Asyncio v315 = open(15)) {
            assertThatThrownBy(() -> v314.run(v314.coroutine("main", a -> {
                v314.getRunningLoop().createFuture().initAgain();
                return null;
            }))).isInstanceOf(UnsupportedOperationException.class);
            Object outcome = v315.run(v315.coroutine("main", a -> {
                Future fut = v315.getRunningLoop().createFuture();
                fut.setResult("kept");
                assertThatThrownBy(fut::initAgain).isInstanceOf(RuntimeError.class)
                        .hasMessage("_asyncio.Future object is already initialized");
                Future task = v315.createTask(v315.coroutine("answer", b -> 42L), null);
                assertThatThrownBy(task::initAgain).isInstanceOf(RuntimeError.class)
                        .hasMessage("_asyncio.Task object is already initialized");
                return List.of(fut.result(), a.await(task));
            }));
            assertThat(outcome).isEqualTo(List.of("kept", 42L));
        }
    }
}
