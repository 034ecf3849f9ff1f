@primitives
Feature: Lock, Event, Condition and Semaphore at their edges: cancelled waiters, hand-offs and misuse
  What happens when a waiter is cancelled just as it is handed a lock or a permit, when a task reaches a
  primitive that is already released before it even starts waiting, and when a Condition is used without
  its lock. Each behaviour is one that CPython's own test_locks checks; the programs show it through what
  the tasks print.

  Every program creates its primitives inside a coroutine: before Python 3.10 a primitive binds to the
  current event loop when it is constructed.

  @rule-lock.acquire.cancel-then-release-hands-on @required
  Rule: When the first waiter is cancelled and the lock released in the same callback, exactly the next waiter acquires the lock and the ones behind it keep waiting.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock.acquire
    A cancelled waiter gives up its place: the release passes the lock to the next waiter in line, and only
    to it. The lock stays locked, and the third waiter stays blocked until it is cancelled in turn.

    Scenario: One callback cancels the first of three waiters and releases the lock
      Given the program:
        """python
        import asyncio

        async def locker(name, lock):
            try:
                await lock.acquire()
                print(f"{name}: acquired")
            except asyncio.CancelledError:
                print(f"{name}: cancelled")
                raise

        def cancel_then_release(task, lock):
            task.cancel()
            lock.release()

        async def main():
            lock = asyncio.Lock()
            await lock.acquire()
            tasks = [asyncio.ensure_future(locker(name, lock)) for name in ["w1", "w2", "w3"]]
            await asyncio.sleep(0)
            asyncio.get_event_loop().call_soon(cancel_then_release, tasks[0], lock)
            for _ in range(5):
                await asyncio.sleep(0)
            print(f"main: locked={lock.locked()} w3 done={tasks[2].done()}")
            tasks[2].cancel()
            await asyncio.wait(tasks)

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        w1: cancelled
        w2: acquired
        main: locked=True w3 done=False
        w3: cancelled
        """
      And the program completes normally

  @rule-lock.acquire.newcomer-takes-abandoned-handoff @required
  Rule: A lock released while its only waiter is being cancelled goes to a task that calls acquire before that waiter resumes; the lock stays locked.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock.acquire
    The newcomer task was created before the release but had not yet run. It finds the lock free (the
    cancelled waiter will never take it) and acquires it at once; the cancelled waiter ends cancelled.

    Scenario: A newcomer gets the lock a cancelled waiter was handed
      Given the program:
        """python
        import asyncio

        async def locker(name, lock):
            try:
                await lock.acquire()
                print(f"{name}: acquired")
            except asyncio.CancelledError:
                print(f"{name}: cancelled")
                raise

        async def main():
            lock = asyncio.Lock()
            await lock.acquire()
            waiter = asyncio.ensure_future(locker("waiter", lock))
            await asyncio.sleep(0)
            newcomer = asyncio.ensure_future(locker("newcomer", lock))
            waiter.cancel()
            lock.release()
            await asyncio.sleep(0)
            print(f"main: locked={lock.locked()} waiter cancelled={waiter.cancelled()} newcomer done={newcomer.done()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        newcomer: acquired
        waiter: cancelled
        main: locked=True waiter cancelled=True newcomer done=True
        """
      And the program completes normally

  @rule-event.wait.set-before-start-passes-first @required
  Rule: A task that reaches Event.wait after set() returns True without suspending, ahead of the waiters that set() woke.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Event.wait
    set() schedules the wake-up of the tasks already waiting; a task that calls wait() once the event is
    set returns at once, in its own step, so it finishes before the woken waiters resume.

    Scenario: Two waiters blocked, a third task not yet started when set() is called
      Given the program:
        """python
        import asyncio

        async def main():
            event = asyncio.Event()
            result = []

            async def waiter(n):
                if await event.wait():
                    result.append(n)

            t1 = asyncio.ensure_future(waiter(1))
            t2 = asyncio.ensure_future(waiter(2))
            await asyncio.sleep(0)
            t3 = asyncio.ensure_future(waiter(3))
            event.set()
            await asyncio.sleep(0)
            print(f"t1 and t2 waiting, t3 not started when set() is called: {result}")
            await asyncio.wait([t1, t2, t3])
            print(f"all done: {result}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        t1 and t2 waiting, t3 not started when set() is called: [3, 1, 2]
        all done: [3, 1, 2]
        """
      And the program completes normally

  @rule-event.wait.cancelled-waiter-skipped @required
  Rule: A task cancelled in Event.wait ends cancelled, and a later set() wakes only the remaining waiters.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Event.wait

    Scenario: Cancelling one of two waiters before set()
      Given the program:
        """python
        import asyncio

        async def waiter(name, event):
            try:
                result = await event.wait()
                print(f"{name}: woke with {result}")
            except asyncio.CancelledError:
                print(f"{name}: cancelled")
                raise

        async def main():
            event = asyncio.Event()
            a = asyncio.ensure_future(waiter("a", event))
            b = asyncio.ensure_future(waiter("b", event))
            await asyncio.sleep(0)
            a.cancel()
            await asyncio.sleep(0)
            print(f"main: a cancelled={a.cancelled()}, b done={b.done()}, setting")
            event.set()
            await asyncio.wait([a, b])
            print(f"main: b done={b.done()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        a: cancelled
        main: a cancelled=True, b done=False, setting
        b: woke with True
        main: b done=True
        """
      And the program completes normally

  @rule-event.clear.after-set-still-wakes @required
  Rule: clear() right after set() does not take the wake-up back: a waiter blocked before set() still returns True, although the event is unset again.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Event.clear

    Scenario: set() then clear() before the blocked waiter runs
      Given the program:
        """python
        import asyncio

        async def waiter(event):
            result = await event.wait()
            print(f"waiter: woke with {result}, is_set={event.is_set()}")

        async def main():
            event = asyncio.Event()
            task = asyncio.ensure_future(waiter(event))
            await asyncio.sleep(0)
            event.set()
            event.clear()
            print(f"main: set() then clear() before the waiter runs: is_set={event.is_set()}")
            await asyncio.sleep(0)
            print(f"main: waiter done={task.done()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        main: set() then clear() before the waiter runs: is_set=False
        waiter: woke with True, is_set=False
        main: waiter done=True
        """
      And the program completes normally

  @rule-condition.lock-required.raises @required
  Rule: Condition.wait, notify and notify_all raise RuntimeError when the lock is not held; wait_for does so only when it must wait, and returns a predicate that is already true without the lock.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.wait
    The documentation: "If the calling task has not acquired the lock when this method is called, a
    RuntimeError is raised." wait_for evaluates the predicate first and waits only while it is false.

    Scenario: wait, wait_for, notify and notify_all without the lock
      Given the program:
        """python
        import asyncio

        async def main():
            cond = asyncio.Condition()
            for name, call in [("wait()", lambda: cond.wait()), ("wait_for(false)", lambda: cond.wait_for(lambda: False))]:
                try:
                    await call()
                except RuntimeError as e:
                    print(f"{name} without the lock: {type(e).__name__}")
            value = await cond.wait_for(lambda: [1, 2, 3])
            print(f"wait_for(true) without the lock returns {value}")
            for name in ["notify", "notify_all"]:
                try:
                    getattr(cond, name)()
                except RuntimeError as e:
                    print(f"{name}() without the lock: {type(e).__name__}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        wait() without the lock: RuntimeError
        wait_for(false) without the lock: RuntimeError
        wait_for(true) without the lock returns [1, 2, 3]
        notify() without the lock: RuntimeError
        notify_all() without the lock: RuntimeError
        """
      And the program completes normally

  @rule-condition.lock-required.raises.wording @detail
  Rule: CPython's messages for a Condition used without its lock: 'cannot wait on un-acquired lock' and 'cannot notify on un-acquired lock'.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.wait

    Scenario: wait, wait_for, notify and notify_all without the lock, with CPython's messages
      Given the program:
        """python
        import asyncio

        async def main():
            cond = asyncio.Condition()
            for name, call in [("wait()", lambda: cond.wait()), ("wait_for(false)", lambda: cond.wait_for(lambda: False))]:
                try:
                    await call()
                except RuntimeError as e:
                    print(f"{name} without the lock: RuntimeError: {e}")
            value = await cond.wait_for(lambda: [1, 2, 3])
            print(f"wait_for(true) without the lock returns {value}")
            for name in ["notify", "notify_all"]:
                try:
                    getattr(cond, name)()
                except RuntimeError as e:
                    print(f"{name}() without the lock: RuntimeError: {e}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        wait() without the lock: RuntimeError: cannot wait on un-acquired lock
        wait_for(false) without the lock: RuntimeError: cannot wait on un-acquired lock
        wait_for(true) without the lock returns [1, 2, 3]
        notify() without the lock: RuntimeError: cannot notify on un-acquired lock
        notify_all() without the lock: RuntimeError: cannot notify on un-acquired lock
        """
      And the program completes normally

  @rule-condition.wait.cancelled-reacquires @required
  Rule: A task cancelled in Condition.wait, or while it re-acquires the lock after a notify, holds the lock again when CancelledError reaches it.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.wait
    wait() releases the lock and re-acquires it before it returns or raises, whatever interrupts it, so the
    code around wait() (an `async with cond` block, a finally) always runs with the lock held. A waiter that
    keeps the re-acquired lock without releasing it leaves the lock locked.

    Scenario: Cancelled while waiting inside async with
      Given the program:
        """python
        import asyncio

        async def waiter(cond):
            async with cond:
                try:
                    await cond.wait()
                except asyncio.CancelledError:
                    print(f"waiter: cancelled in wait(), holds the lock again: {cond.locked()}")
                    raise
            print("unreachable")

        async def main():
            cond = asyncio.Condition()
            task = asyncio.ensure_future(waiter(cond))
            await asyncio.sleep(0)
            print(f"main: waiter is waiting, locked={cond.locked()}")
            task.cancel()
            await asyncio.wait([task])
            print(f"main: waiter cancelled={task.cancelled()}, locked={cond.locked()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        main: waiter is waiting, locked=False
        waiter: cancelled in wait(), holds the lock again: True
        main: waiter cancelled=True, locked=False
        """
      And the program completes normally

    Scenario: Notified, then cancelled while the notifier still holds the lock, without async with
      Given the program:
        """python
        import asyncio

        async def waiter(cond):
            await cond.acquire()
            try:
                await cond.wait()
                print(f"waiter: wait() returned, locked={cond.locked()}")
            except asyncio.CancelledError:
                print(f"waiter: CancelledError, locked={cond.locked()}")
                raise

        async def main():
            loop = asyncio.get_event_loop()
            cond = asyncio.Condition()
            task = asyncio.ensure_future(waiter(cond))
            await asyncio.sleep(0)
            await cond.acquire()
            cond.notify()
            loop.call_soon(task.cancel)
            loop.call_soon(cond.release)
            await asyncio.wait([task])
            print(f"main: task cancelled={task.cancelled()} locked={cond.locked()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        waiter: CancelledError, locked=True
        main: task cancelled=True locked=True
        """
      And the program completes normally

    Scenario: Cancelled while it re-acquires the lock after a notify
      Given the program:
        """python
        import asyncio

        async def waiter(cond):
            async with cond:
                try:
                    await cond.wait()
                    print("waiter: woke")
                except asyncio.CancelledError:
                    print(f"waiter: CancelledError, locked={cond.locked()}")
                    raise

        async def main():
            cond = asyncio.Condition()
            task = asyncio.ensure_future(waiter(cond))
            await asyncio.sleep(0)
            await cond.acquire()
            cond.notify()
            await asyncio.sleep(0)
            task.cancel()
            await asyncio.sleep(0)
            cond.release()
            await asyncio.sleep(0)
            print(f"main: cancelled={task.cancelled()} locked={cond.locked()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        waiter: CancelledError, locked=True
        main: cancelled=True locked=False
        """
      And the program completes normally

  @rule-condition.lock.shared @required
  Rule: A Condition made with a Lock uses that lock: holding the condition holds the lock, and holding the lock makes the condition locked.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition

    Scenario: Condition(lock) and its lock are one
      Given the program:
        """python
        import asyncio

        async def main():
            lock = asyncio.Lock()
            cond = asyncio.Condition(lock)
            async with cond:
                print(f"in async with cond: lock.locked()={lock.locked()}")
            async with lock:
                print(f"in async with lock: cond.locked()={cond.locked()}")
            print(f"after: lock={lock.locked()} cond={cond.locked()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        in async with cond: lock.locked()=True
        in async with lock: cond.locked()=True
        after: lock=False cond=False
        """
      And the program completes normally

  @rule-condition.wait.timeout-reacquires @required
  Rule: From 3.7, when wait_for times out a Condition.wait inside async with, TimeoutError arrives with the lock held again and the block exits cleanly.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.wait

    # 3.6 delivers TimeoutError before the lock is re-acquired, and leaving the block then raises RuntimeError.
    @since-3.7
    Scenario: wait_for(cond.wait(), timeout) inside async with cond
      Given the program:
        """python
        import asyncio

        async def main():
            cond = asyncio.Condition()
            async with cond:
                try:
                    await asyncio.wait_for(cond.wait(), timeout=0.05)
                except asyncio.TimeoutError:
                    print(f"TimeoutError inside the block, locked={cond.locked()}")
            print(f"after the block: locked={cond.locked()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        TimeoutError inside the block, locked=True
        after the block: locked=False
        """
      And the program completes normally

  @rule-semaphore.value.negative-raises @required
  Rule: Semaphore with a negative initial value raises ValueError; Semaphore(0) starts locked.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore

    Scenario: Semaphore(-1), Semaphore(0) and Semaphore(2)
      Given the program:
        """python
        import asyncio

        async def main():
            for value in [-1, 0, 2]:
                try:
                    sem = asyncio.Semaphore(value)
                    print(f"Semaphore({value}): locked={sem.locked()}")
                except ValueError as e:
                    print(f"Semaphore({value}): {type(e).__name__}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        Semaphore(-1): ValueError
        Semaphore(0): locked=True
        Semaphore(2): locked=False
        """
      And the program completes normally

  @rule-semaphore.value.negative-raises.wording @detail
  Rule: CPython's message for a negative initial value: 'Semaphore initial value must be >= 0'.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore

    Scenario: Semaphore(-1) with CPython's message
      Given the program:
        """python
        import asyncio

        async def main():
            try:
                asyncio.Semaphore(-1)
            except ValueError as e:
                print(f"Semaphore(-1): ValueError: {e}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        Semaphore(-1): ValueError: Semaphore initial value must be >= 0
        """
      And the program completes normally

  @rule-semaphore.acquire.cancelled-takes-nothing @required
  Rule: A task cancelled in Semaphore.acquire takes no permit: the permits released afterwards go to the waiters still queued, and none is lost or left hanging.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore.acquire

    Scenario: A cancelled acquire leaves the next release to the semaphore
      Given the program:
        """python
        import asyncio

        async def main():
            sem = asyncio.Semaphore()
            await sem.acquire()
            acquire = asyncio.ensure_future(sem.acquire())
            asyncio.get_event_loop().call_soon(acquire.cancel)
            try:
                await acquire
            except asyncio.CancelledError:
                print(f"acquire cancelled: {acquire.cancelled()}")
            sem.release()
            print(f"after release: locked={sem.locked()}")
            await asyncio.wait_for(sem.acquire(), 1)
            print(f"acquired again at once: locked={sem.locked()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        acquire cancelled: True
        after release: locked=False
        acquired again at once: locked=True
        """
      And the program completes normally

    Scenario: Two of four waiters cancelled, then one release: exactly the third acquires
      Given the program:
        """python
        import asyncio

        async def acquirer(name, sem, log):
            try:
                await sem.acquire()
                log.append(f"{name} acquired")
            except asyncio.CancelledError:
                log.append(f"{name} cancelled")
                raise

        async def main():
            sem = asyncio.Semaphore(0)
            log = []
            tasks = [asyncio.ensure_future(acquirer(f"t{i}", sem, log)) for i in range(1, 5)]
            await asyncio.sleep(0)
            tasks[0].cancel()
            tasks[1].cancel()
            sem.release()
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print(f"one release after cancelling t1 and t2: {log}, locked={sem.locked()}")
            print(f"done: {[t.done() for t in tasks]}")
            tasks[3].cancel()
            await asyncio.wait(tasks)
            print(f"t4 cancelled: {tasks[3].cancelled()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        one release after cancelling t1 and t2: ['t1 cancelled', 't2 cancelled', 't3 acquired'], locked=True
        done: [True, True, True, False]
        t4 cancelled: True
        """
      And the program completes normally

    Scenario: The first of three waiters cancelled, then two releases: the other two acquire in order
      Given the program:
        """python
        import asyncio

        async def main():
            sem = asyncio.Semaphore(0)
            result = []

            async def waiter(n):
                await sem.acquire()
                result.append(n)

            tasks = [asyncio.ensure_future(waiter(n)) for n in (1, 2, 3)]
            await asyncio.sleep(0)
            tasks[0].cancel()
            await asyncio.sleep(0)
            sem.release()
            sem.release()
            outcomes = await asyncio.gather(*tasks, return_exceptions=True)
            print(f"first waiter cancelled, two releases: {result}")
            print(f"outcomes: {[type(o).__name__ for o in outcomes]}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        first waiter cancelled, two releases: [2, 3]
        outcomes: ['CancelledError', 'NoneType', 'NoneType']
        """
      And the program completes normally

  @rule-semaphore.acquire.woken-then-cancelled-passes-permit @required
  Rule: A waiter woken by release and cancelled before it resumes passes its permit back: the semaphore can be acquired afterwards (3.9 loses it).
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore.acquire

    # CPython 3.9 loses the permit (the final acquire hangs until wait_for gives up); 3.6-3.8 and 3.10+ pass it on.
    Scenario Outline: A woken waiter cancelled by the releasing task
      Given the program:
        """python
        import asyncio

        async def main():
            sem = asyncio.<kind>(1)
            log = []

            async def c1():
                async with sem:
                    await asyncio.sleep(0)
                t2.cancel()

            async def c2():
                async with sem:
                    log.append("c2 got in")

            t1 = asyncio.ensure_future(c1())
            t2 = asyncio.ensure_future(c2())
            results = await asyncio.gather(t1, t2, return_exceptions=True)
            print(f"c1 -> {results[0]}, c2 -> {type(results[1]).__name__}, {log}")
            await asyncio.wait_for(sem.acquire(), timeout=1.0)
            print(f"the semaphore can still be acquired: locked={sem.locked()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        c1 -> None, c2 -> CancelledError, []
        the semaphore can still be acquired: locked=True
        """
      And the program completes normally

      @before-3.9
      Examples:
        | kind             |
        | Semaphore        |
        | BoundedSemaphore |

      @since-3.10
      Examples:
        | kind             |
        | Semaphore        |
        | BoundedSemaphore |

  @rule-semaphore.acquire.fifo-across-reacquire @required
  Rule: From 3.9, a task that releases a Semaphore and acquires it again queues behind the tasks already waiting.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore.acquire
    Semaphore waiters are served first come, first served: a release does not let the releasing task (or
    any newcomer) jump ahead of the queue. CPython 3.6-3.8 let a re-acquirer through first, and until 3.10
    a release followed by an immediate acquire still overtook the waiters.

    # 3.6-3.8 let a task that just released re-acquire before the waiters.
    @since-3.9
    Scenario: Three tasks each acquire Semaphore(1) twice
      Given the program:
        """python
        import asyncio

        async def main():
            sem = asyncio.Semaphore(1)
            result = []

            async def worker(tag):
                for round in (1, 2):
                    await sem.acquire()
                    result.append(f"{tag}_{round}")
                    await asyncio.sleep(0.01)
                    sem.release()

            await asyncio.gather(worker("c1"), worker("c2"), worker("c3"))
            print(f"each task acquires twice: {result}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        each task acquires twice: ['c1_1', 'c2_1', 'c3_1', 'c1_2', 'c2_2', 'c3_2']
        """
      And the program completes normally

    # 3.6-3.9 give [1, 2, 4, 3]: the re-acquire overtakes the waiting c3.
    @since-3.10
    Scenario: A task that releases and re-acquires at once queues behind two waiters
      Given the program:
        """python
        import asyncio

        async def main():
            sem = asyncio.Semaphore(1)
            result = []

            async def c1():
                await sem.acquire()
                result.append(1)

            async def c2():
                await sem.acquire()
                result.append(2)
                sem.release()
                await sem.acquire()
                result.append(4)

            async def c3():
                await sem.acquire()
                result.append(3)

            tasks = [asyncio.ensure_future(c()) for c in (c1, c2, c3)]
            await asyncio.sleep(0)
            sem.release()
            sem.release()
            await asyncio.gather(*tasks)
            print(f"release then re-acquire queues behind the waiters: {result}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        release then re-acquire queues behind the waiters: [1, 2, 3, 4]
        """
      And the program completes normally

  @rule-semaphore.release.wakes-queued-before-newcomers @required
  Rule: From 3.13, several releases in a row wake as many queued waiters in FIFO order, and a task that acquires afterwards queues behind them.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore.release

    # 3.10-3.12 give [1, 2, 4, 3]; 3.6-3.8 report locked()=False after the releases; 3.9 hangs.
    @since-3.13
    Scenario: Three releases, then an acquire by the releasing task
      Given the program:
        """python
        import asyncio

        async def main():
            sem = asyncio.Semaphore(0)
            result = []
            extra = []
            async def c1():
                await sem.acquire()
                extra.append(asyncio.ensure_future(c4()))
                result.append(1)
            async def c2():
                sem.release(); sem.release(); sem.release()
                print(f"c2: released three times, locked()={sem.locked()}")
                await sem.acquire()
                result.append(2)
            async def c3():
                await sem.acquire()
                result.append(3)
            async def c4():
                result.append(4)
            tasks = [asyncio.ensure_future(c()) for c in (c1, c2, c3)]
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            await asyncio.wait_for(asyncio.gather(*tasks), 1)
            await asyncio.gather(*extra)
            print(f"order: {result}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        c2: released three times, locked()=True
        order: [1, 2, 3, 4]
        """
      And the program completes normally
