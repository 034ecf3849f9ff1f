@primitives
Feature: Synchronization primitives coordinate tasks
  asyncio's Event, Lock, Semaphore, BoundedSemaphore, Condition and (from
  Python 3.11) Barrier mirror the threading primitives of the same names, but
  they suspend tasks instead of blocking threads: waiting is an await, and a
  waiting task lets the event loop run the others. None of them accepts a
  timeout; waits are bounded with asyncio.wait_for instead.

  Waiters are woken first come, first served. A task that is cancelled while
  waiting for a lock gives up its place, and the lock passes to the next waiter
  as if the cancelled task had never queued.

  Every program creates its primitives inside a coroutine: before Python 3.10
  a primitive binds to the current event loop when it is constructed.

  @rule-event.wait.wakes-all-on-set @required
  Rule: Event.wait blocks until set is called, which wakes every waiter in arrival order with the result True.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Event.wait
    An Event starts unset. set() wakes all tasks waiting on it, in the order they
    started waiting, and each wait() returns True.

    Scenario: Three waiters block until set() and then all resume
      Given the program:
        """python
        import asyncio

        async def waiter(name, event):
            print(f"{name}: waiting")
            result = await event.wait()
            print(f"{name}: woke with {result}")

        async def main():
            event = asyncio.Event()
            tasks = []
            for name in ["w1", "w2", "w3"]:
                tasks.append(asyncio.ensure_future(waiter(name, event)))
            await asyncio.sleep(0.01)
            print(f"main: is_set={event.is_set()}, setting")
            event.set()
            print("main: set returned")
            await asyncio.wait(tasks)
            print(f"main: is_set={event.is_set()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        w1: waiting
        w2: waiting
        w3: waiting
        main: is_set=False, setting
        main: set returned
        w1: woke with True
        w2: woke with True
        w3: woke with True
        main: is_set=True
        """
      And the program completes normally

  @rule-event.set.clear-resets @required
  Rule: wait on a set event returns True without blocking, and after clear wait blocks until the next set.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Event.clear
    While the event is set, wait() returns True without suspending. clear()
    resets the flag, and later wait() calls block until set() is called again.

    Scenario: A set event lets wait() through; after clear() wait() blocks
      Given the program:
        """python
        import asyncio

        async def main():
            event = asyncio.Event()
            event.set()
            result = await event.wait()
            print(f"wait on a set event returned {result}")
            event.clear()
            print(f"after clear: is_set={event.is_set()}")
            waiter = asyncio.ensure_future(event.wait())
            await asyncio.sleep(0.01)
            print(f"wait after clear is done: {waiter.done()}")
            event.set()
            result = await waiter
            print(f"after set again: {result}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        wait on a set event returned True
        after clear: is_set=False
        wait after clear is done: False
        after set again: True
        """
      And the program completes normally

  @rule-lock.async-with.mutual-exclusion @required
  Rule: async with lock admits one task at a time into its block, even when the block awaits.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock
    `async with lock` acquires the lock on entry and releases it on exit; while
    one task holds it, the others wait, even across awaits inside the block.

    Scenario: Critical sections that sleep never interleave
      Given the program:
        """python
        import asyncio

        async def worker(name, lock):
            async with lock:
                print(f"{name}: enter")
                await asyncio.sleep(0.01)
                print(f"{name}: leave")

        async def main():
            lock = asyncio.Lock()
            tasks = []
            for name in ["a", "b", "c"]:
                tasks.append(asyncio.ensure_future(worker(name, lock)))
            await asyncio.wait(tasks)
            print(f"locked at the end: {lock.locked()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        a: enter
        a: leave
        b: enter
        b: leave
        c: enter
        c: leave
        locked at the end: False
        """
      And the program completes normally

  @rule-lock.acquire.fifo @required
  Rule: Tasks blocked in Lock.acquire obtain the lock in the order in which they started waiting.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock.acquire
    When several tasks are blocked in acquire(), each release() hands the lock to
    the task that has waited longest.

    Scenario: Four waiters acquire in arrival order
      Given the program:
        """python
        import asyncio

        async def worker(name, lock):
            await lock.acquire()
            print(f"{name} acquired")
            lock.release()

        async def main():
            lock = asyncio.Lock()
            await lock.acquire()
            tasks = []
            for name in ["w1", "w2", "w3", "w4"]:
                tasks.append(asyncio.ensure_future(worker(name, lock)))
                await asyncio.sleep(0)
            print("main releasing")
            lock.release()
            await asyncio.wait(tasks)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main releasing
        w1 acquired
        w2 acquired
        w3 acquired
        w4 acquired
        """
      And the program completes normally

  @rule-lock.acquire.cancelled-waiter-skipped @required
  Rule: A task cancelled while waiting for a lock does not get it, even if release had already chosen it, and the next waiter acquires the lock.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock.acquire
    A cancelled acquire() raises CancelledError and leaves the lock unowned by
    that task. This holds also when release() had already chosen the waiter but
    it had not resumed yet: it then passes the lock on to the next waiter.

    Scenario Outline: With <interleaving>, the second waiter gets the lock
      Given the program:
        """python
        import asyncio

        async def worker(name, lock):
            try:
                async with lock:
                    print(f"{name}: holds the lock")
                    await asyncio.sleep(0.01)
            except asyncio.CancelledError:
                print(f"{name}: cancelled")
                raise

        def cancel_then_release(task, lock):
            task.cancel()
            lock.release()

        def release_then_cancel(task, lock):
            lock.release()
            task.cancel()

        async def main():
            lock = asyncio.Lock()
            await lock.acquire()
            w1 = asyncio.ensure_future(worker("w1", lock))
            w2 = asyncio.ensure_future(worker("w2", lock))
            await asyncio.sleep(0)
            <interleaving>(w1, lock)
            await asyncio.wait([w1, w2])
            print(f"main: w1 cancelled={w1.cancelled()}, locked={lock.locked()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        w1: cancelled
        w2: holds the lock
        main: w1 cancelled=True, locked=False
        """
      And the program completes normally

      Examples:
        | interleaving        |
        | cancel_then_release |
        | release_then_cancel |

  @rule-lock.release.unlocked-raises @required
  Rule: locked reports whether the lock is held, and release of an unlocked lock raises RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock.release
    locked() tells whether the lock is held; releasing a lock that is not held
    raises RuntimeError.

    Scenario: locked() follows acquire and release; a second release fails
      Given the program:
        """python
        import asyncio

        async def main():
            lock = asyncio.Lock()
            print(f"new lock: locked={lock.locked()}")
            await lock.acquire()
            print(f"acquired: locked={lock.locked()}")
            lock.release()
            print(f"released: locked={lock.locked()}")
            try:
                lock.release()
            except RuntimeError as e:
                print(f"release again: {type(e).__name__}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        new lock: locked=False
        acquired: locked=True
        released: locked=False
        release again: RuntimeError
        """
      And the program completes normally

  @rule-semaphore.acquire.limits-concurrency @required
  Rule: Semaphore(n) lets at most n tasks hold it at once, and Semaphore(0) blocks acquire until a release.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore
    A Semaphore(n) lets at most n tasks past acquire() before one releases; with
    a counter of zero, acquire() blocks until release() is called.

    Scenario: Ten jobs under Semaphore(3) never run more than three at a time
      Given the program:
        """python
        import asyncio

        running = 0
        peak = 0

        async def job(sem):
            global running, peak
            async with sem:
                running += 1
                if running > peak:
                    peak = running
                await asyncio.sleep(0.01)
                running -= 1

        async def main():
            sem = asyncio.Semaphore(3)
            tasks = []
            for n in range(10):
                tasks.append(asyncio.ensure_future(job(sem)))
            await asyncio.wait(tasks)
            print(f"peak concurrency: {peak}")
            print(f"locked at the end: {sem.locked()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        peak concurrency: 3
        locked at the end: False
        """
      And the program completes normally

    Scenario: Semaphore(0) blocks acquire() until a release
      Given the program:
        """python
        import asyncio

        async def waiter(sem):
            print("waiter: acquiring")
            await sem.acquire()
            print("waiter: acquired")

        async def main():
            sem = asyncio.Semaphore(0)
            print(f"locked: {sem.locked()}")
            task = asyncio.ensure_future(waiter(sem))
            await asyncio.sleep(0.01)
            print(f"main: waiter done={task.done()}, releasing")
            sem.release()
            await task
            print(f"main: waiter done={task.done()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        locked: True
        waiter: acquiring
        main: waiter done=False, releasing
        waiter: acquired
        main: waiter done=True
        """
      And the program completes normally

  @rule-semaphore.bounded.over-release-raises @required
  Rule: BoundedSemaphore.release raises ValueError when it would raise the counter above the initial value; a plain Semaphore accepts it.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.BoundedSemaphore
    A plain Semaphore accepts any number of release() calls; a BoundedSemaphore
    raises ValueError when release() would raise the counter above its initial
    value.

    Scenario: An extra release is accepted by Semaphore and rejected by BoundedSemaphore
      Given the program:
        """python
        import asyncio

        async def main():
            plain = asyncio.Semaphore(1)
            plain.release()
            print("Semaphore: an extra release raises the counter")
            bounded = asyncio.BoundedSemaphore(1)
            await bounded.acquire()
            bounded.release()
            print("BoundedSemaphore: matched release accepted")
            try:
                bounded.release()
            except ValueError as e:
                print(f"BoundedSemaphore: extra release: {type(e).__name__}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        Semaphore: an extra release raises the counter
        BoundedSemaphore: matched release accepted
        BoundedSemaphore: extra release: ValueError
        """
      And the program completes normally

  @rule-condition.notify.wakes-in-order @required
  Rule: notify(n) wakes the n longest-waiting tasks and notify_all the rest, each resuming with the lock re-acquired.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.notify
    wait() releases the condition's lock and blocks; a notified waiter resumes
    only after re-acquiring the lock. Waiters are woken in the order they
    started waiting.

    Scenario: notify(2) wakes the first two waiters, notify_all() the other two
      Given the program:
        """python
        import asyncio

        async def waiter(name, cond):
            async with cond:
                print(f"{name}: waiting")
                await cond.wait()
                print(f"{name}: notified, holds the lock={cond.locked()}")

        async def main():
            cond = asyncio.Condition()
            tasks = []
            for name in ["w1", "w2", "w3", "w4"]:
                tasks.append(asyncio.ensure_future(waiter(name, cond)))
            await asyncio.sleep(0.01)
            async with cond:
                print("main: notify(2)")
                cond.notify(2)
            await asyncio.sleep(0.01)
            async with cond:
                print("main: notify_all()")
                cond.notify_all()
            await asyncio.wait(tasks)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        w1: waiting
        w2: waiting
        w3: waiting
        w4: waiting
        main: notify(2)
        w1: notified, holds the lock=True
        w2: notified, holds the lock=True
        main: notify_all()
        w3: notified, holds the lock=True
        w4: notified, holds the lock=True
        """
      And the program completes normally

  @rule-condition.wait-for.predicate @required
  Rule: Condition.wait_for checks the predicate up front and after each notification, returning its value once it is true.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.wait_for
    wait_for(predicate) evaluates the predicate first and then after every
    notification, while holding the lock, and returns the predicate's true value.

    Scenario: The predicate is checked once up front and once per notify
      Given the program:
        """python
        import asyncio

        count = 0

        def enough():
            print(f"predicate: count={count}")
            return count >= 3

        async def consumer(cond):
            async with cond:
                result = await cond.wait_for(enough)
                print(f"consumer: wait_for returned {result}")

        async def main():
            global count
            cond = asyncio.Condition()
            task = asyncio.ensure_future(consumer(cond))
            await asyncio.sleep(0.01)
            for i in range(3):
                async with cond:
                    count += 1
                    print(f"main: count={count}, notify")
                    cond.notify()
                await asyncio.sleep(0.01)
            await task

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        predicate: count=0
        main: count=1, notify
        predicate: count=1
        main: count=2, notify
        predicate: count=2
        main: count=3, notify
        predicate: count=3
        consumer: wait_for returned True
        """
      And the program completes normally

  @rule-barrier.wait.releases-together @required
  Rule: From 3.11, Barrier.wait blocks until parties tasks wait, then releases them all with distinct indices 0 to parties - 1.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier
    New in Python 3.11. Barrier(parties).wait() blocks until that many tasks are
    waiting, then all of them pass; each wait() returns a distinct integer from
    0 to parties - 1, and the barrier is ready for the next round.

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: Three parties arriving at different times pass together
      Given the program:
        """python
        import asyncio

        async def party(name, barrier, delay, indices):
            await asyncio.sleep(delay)
            print(f"{name}: arrived, {barrier.n_waiting} already waiting")
            index = await barrier.wait()
            indices.append(index)
            print(f"{name}: passed")

        async def main():
            barrier = asyncio.Barrier(3)
            indices = []
            tasks = []
            for name, delay in [("a", 0.01), ("b", 0.03), ("c", 0.05)]:
                tasks.append(asyncio.create_task(party(name, barrier, delay, indices)))
            await asyncio.wait(tasks)
            print(f"indices: {sorted(indices)}")
            print(f"parties={barrier.parties} n_waiting={barrier.n_waiting} broken={barrier.broken}")

        asyncio.run(main())
        """
      Then the output is:
        """
        a: arrived, 0 already waiting
        b: arrived, 1 already waiting
        c: arrived, 2 already waiting
        c: passed
        a: passed
        b: passed
        indices: [0, 1, 2]
        parties=3 n_waiting=0 broken=False
        """
      And the program completes normally

  @rule-barrier.abort.breaks-waiters @required
  Rule: From 3.11, Barrier.abort makes current and later waiters raise BrokenBarrierError and sets broken.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier.abort
    New in Python 3.11. After abort(), the tasks waiting at the barrier and every
    later wait() raise BrokenBarrierError, and broken is True.

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: Two waiters and a late arrival all get BrokenBarrierError
      Given the program:
        """python
        import asyncio

        async def party(name, barrier):
            try:
                await barrier.wait()
                print(f"{name}: passed")
            except asyncio.BrokenBarrierError as e:
                print(f"{name}: {type(e).__name__}")

        async def main():
            barrier = asyncio.Barrier(3)
            tasks = []
            for name in ["a", "b"]:
                tasks.append(asyncio.create_task(party(name, barrier)))
            await asyncio.sleep(0.01)
            print(f"main: {barrier.n_waiting} waiting, aborting")
            await barrier.abort()
            await asyncio.wait(tasks)
            print(f"main: broken={barrier.broken}")
            await party("late", barrier)

        asyncio.run(main())
        """
      Then the output is:
        """
        main: 2 waiting, aborting
        a: BrokenBarrierError
        b: BrokenBarrierError
        main: broken=True
        late: BrokenBarrierError
        """
      And the program completes normally
