@primitives
Feature: Conditions keep the cancellation and the notification; primitives belong to one loop; their reprs
  A Condition waiter that is cancelled passes on its own CancelledError, and (from 3.13) a notification it
  received is not lost with it. A primitive used under one event loop cannot then make a task wait under
  another. And the reprs of the primitives show their state. CPython's own test_locks checks each of these.

  @rule-condition.wait.cancellation-passed-on @required
  Rule: From 3.11, the CancelledError a task raises out of Condition.wait_for is the one its awaiter receives; from 3.13 it carries the cancel message also when the cancel arrives while the lock is re-acquired.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.wait_for

    # 3.11-3.12 lose the message when the cancel arrives while the lock is re-acquired; 3.9-3.10 pass on a new CancelledError; 3.6-3.8 have no cancel message.
    @since-3.13
    Scenario: cancel('foo') while waiting and while re-acquiring, 3.13
      Given the program:
        """python
        import asyncio

        raised = []

        async def func(cond):
            async with cond:
                try:
                    await cond.wait_for(lambda: False)
                except asyncio.CancelledError as e:
                    raised.append(e)
                    print(f"inside: CancelledError{e.args}")
                    raise

        async def main(stage):
            cond = asyncio.Condition()
            task = asyncio.ensure_future(func(cond))
            await asyncio.sleep(0)
            if stage == "re-acquiring":
                await cond.acquire()
                cond.notify()
                await asyncio.sleep(0)
                task.cancel("foo")
                cond.release()
            else:
                task.cancel("foo")
            try:
                await task
            except asyncio.CancelledError as e:
                print(f"{stage}: awaiter sees args={e.args}, same object as inside: {e is raised[-1]}")

        for stage in ["waiting", "re-acquiring"]:
            asyncio.new_event_loop().run_until_complete(main(stage))
        """
      Then the output is:
        """
        inside: CancelledError('foo',)
        waiting: awaiter sees args=('foo',), same object as inside: True
        inside: CancelledError('foo',)
        re-acquiring: awaiter sees args=('foo',), same object as inside: True
        """
      And the program completes normally

    # 3.13 keeps the message in the re-acquiring case too.
    @since-3.11 @before-3.13
    Scenario: cancel('foo') while waiting and while re-acquiring, 3.11 and 3.12
      Given the program:
        """python
        import asyncio

        raised = []

        async def func(cond):
            async with cond:
                try:
                    await cond.wait_for(lambda: False)
                except asyncio.CancelledError as e:
                    raised.append(e)
                    print(f"inside: CancelledError{e.args}")
                    raise

        async def main(stage):
            cond = asyncio.Condition()
            task = asyncio.ensure_future(func(cond))
            await asyncio.sleep(0)
            if stage == "re-acquiring":
                await cond.acquire()
                cond.notify()
                await asyncio.sleep(0)
                task.cancel("foo")
                cond.release()
            else:
                task.cancel("foo")
            try:
                await task
            except asyncio.CancelledError as e:
                print(f"{stage}: awaiter sees args={e.args}, same object as inside: {e is raised[-1]}")

        for stage in ["waiting", "re-acquiring"]:
            asyncio.new_event_loop().run_until_complete(main(stage))
        """
      Then the output is:
        """
        inside: CancelledError('foo',)
        waiting: awaiter sees args=('foo',), same object as inside: True
        inside: CancelledError()
        re-acquiring: awaiter sees args=(), same object as inside: True
        """
      And the program completes normally

  @rule-condition.notify.cancelled-waiter-passes-wakeup @required
  Rule: From 3.13, a waiter notified and then cancelled before it returns from wait passes the notification on to another waiter.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.notify

    # 3.6-3.12 lose the wakeup: the other consumer never runs and state stays 1.
    @since-3.13
    Scenario: notify(1), then the notified consumer is cancelled
      Given the program:
        """python
        import asyncio

        async def main(relock):
            condition = asyncio.Condition()
            state = 0
            log = []

            async def consumer(name):
                nonlocal state
                try:
                    async with condition:
                        while True:
                            await condition.wait_for(lambda: state != 0)
                            if state < 0:
                                return
                            state -= 1
                            log.append(f"{name} consumed")
                except asyncio.CancelledError:
                    log.append(f"{name} cancelled")
                    raise

            tasks = [asyncio.ensure_future(consumer(n)) for n in ("c0", "c1")]
            await asyncio.sleep(0)
            async with condition:
                state += 1
                condition.notify(1)
                if relock:
                    await asyncio.sleep(0)
                tasks[0].cancel()
            for _ in range(5):
                await asyncio.sleep(0)
            print(f"{'cancelled while re-acquiring' if relock else 'cancelled before waking'}: state={state} {log}")
            async with condition:
                state = -1
                condition.notify_all()
            await asyncio.wait(tasks)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main(False))
        loop.run_until_complete(main(True))
        """
      Then the output is:
        """
        cancelled before waking: state=0 ['c0 cancelled', 'c1 consumed']
        cancelled while re-acquiring: state=0 ['c0 cancelled', 'c1 consumed']
        """
      And the program completes normally

  @rule-primitives.loop.bound-to-one-loop @required
  Rule: A Lock that made a task wait under one event loop raises RuntimeError when a task must wait for it under another loop.
    Link: https://docs.python.org/3/library/asyncio-sync.html

    Scenario: A lock contended under one loop, then under a second
      Given the program:
        """python
        import asyncio

        lock = None

        async def contend():
            global lock
            if lock is None:
                lock = asyncio.Lock()
            await lock.acquire()
            waiter = asyncio.ensure_future(lock.acquire())
            await asyncio.sleep(0)
            lock.release()
            await waiter
            lock.release()
            return "contended fine"

        print(asyncio.new_event_loop().run_until_complete(contend()))
        try:
            print(asyncio.new_event_loop().run_until_complete(contend()))
        except RuntimeError as e:
            print(f"second loop: {type(e).__name__}")
        """
      Then the output is:
        """
        contended fine
        second loop: RuntimeError
        """
      And the program completes normally

  @rule-repr.primitives.state @detail
  Rule: The reprs of Lock, Event, Condition and Semaphore end with their state in brackets: locked or unlocked (set or unset), the waiters and the semaphore's value.
    Link: https://docs.python.org/3/library/asyncio-sync.html

    # 3.6 writes no space after the comma: [locked,waiters:1].
    @since-3.7
    Scenario: The state part of the reprs of Lock, Event, Condition and Semaphore
      Given the program:
        """python
        import asyncio

        def tail(obj):
            text = repr(obj)
            return text[text.index('['):]

        async def main():
            lock = asyncio.Lock()
            print(f"Lock: {tail(lock)}")
            await lock.acquire()
            print(f"Lock: {tail(lock)}")
            waiter = asyncio.ensure_future(lock.acquire())
            await asyncio.sleep(0)
            print(f"Lock: {tail(lock)}")
            lock.release()
            await waiter
            lock.release()
            ev = asyncio.Event()
            print(f"Event: {tail(ev)}")
            w = asyncio.ensure_future(ev.wait())
            await asyncio.sleep(0)
            print(f"Event: {tail(ev)}")
            ev.set()
            print(f"Event: {tail(ev)}")
            await w
            cond = asyncio.Condition()
            print(f"Condition: {tail(cond)}")
            async def cw():
                async with cond:
                    await cond.wait()
            ts = [asyncio.ensure_future(cw()) for _ in range(2)]
            await asyncio.sleep(0)
            await cond.acquire()
            print(f"Condition: {tail(cond)}")
            cond.notify_all()
            cond.release()
            await asyncio.wait(ts)
            sem = asyncio.Semaphore()
            print(f"Semaphore: {tail(sem)}")
            await sem.acquire()
            print(f"Semaphore: {tail(sem)}")
            s = asyncio.ensure_future(sem.acquire())
            await asyncio.sleep(0)
            print(f"Semaphore: {tail(sem)}")
            sem.release()
            await s
            print(f"repr starts with <asyncio.locks.Lock object at 0x: {repr(lock).startswith('<asyncio.locks.Lock object at 0x')}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        Lock: [unlocked]>
        Lock: [locked]>
        Lock: [locked, waiters:1]>
        Event: [unset]>
        Event: [unset, waiters:1]>
        Event: [set, waiters:1]>
        Condition: [unlocked]>
        Condition: [locked, waiters:2]>
        Semaphore: [unlocked, value:1]>
        Semaphore: [locked]>
        Semaphore: [locked, waiters:1]>
        repr starts with <asyncio.locks.Lock object at 0x: True
        """
      And the program completes normally

    # From 3.7 there is a space after the comma.
    @before-3.7
    Scenario: The state part of the reprs of Lock, Event, Condition and Semaphore, 3.6
      Given the program:
        """python
        import asyncio

        def tail(obj):
            text = repr(obj)
            return text[text.index('['):]

        async def main():
            lock = asyncio.Lock()
            print(f"Lock: {tail(lock)}")
            await lock.acquire()
            print(f"Lock: {tail(lock)}")
            waiter = asyncio.ensure_future(lock.acquire())
            await asyncio.sleep(0)
            print(f"Lock: {tail(lock)}")
            lock.release()
            await waiter
            lock.release()
            ev = asyncio.Event()
            print(f"Event: {tail(ev)}")
            w = asyncio.ensure_future(ev.wait())
            await asyncio.sleep(0)
            print(f"Event: {tail(ev)}")
            ev.set()
            print(f"Event: {tail(ev)}")
            await w
            cond = asyncio.Condition()
            print(f"Condition: {tail(cond)}")
            async def cw():
                async with cond:
                    await cond.wait()
            ts = [asyncio.ensure_future(cw()) for _ in range(2)]
            await asyncio.sleep(0)
            await cond.acquire()
            print(f"Condition: {tail(cond)}")
            cond.notify_all()
            cond.release()
            await asyncio.wait(ts)
            sem = asyncio.Semaphore()
            print(f"Semaphore: {tail(sem)}")
            await sem.acquire()
            print(f"Semaphore: {tail(sem)}")
            s = asyncio.ensure_future(sem.acquire())
            await asyncio.sleep(0)
            print(f"Semaphore: {tail(sem)}")
            sem.release()
            await s
            print(f"repr starts with <asyncio.locks.Lock object at 0x: {repr(lock).startswith('<asyncio.locks.Lock object at 0x')}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        Lock: [unlocked]>
        Lock: [locked]>
        Lock: [locked,waiters:1]>
        Event: [unset]>
        Event: [unset,waiters:1]>
        Event: [set,waiters:1]>
        Condition: [unlocked]>
        Condition: [locked,waiters:2]>
        Semaphore: [unlocked,value:1]>
        Semaphore: [locked]>
        Semaphore: [locked,waiters:1]>
        repr starts with <asyncio.locks.Lock object at 0x: True
        """
      And the program completes normally

  @rule-repr.barrier.state @detail
  Rule: From 3.11, the repr of a Barrier ends with its state (filling, draining, resetting or broken) and the waiters out of the parties; awaiting a Barrier itself raises TypeError.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: A Barrier's repr through its states
      Given the program:
        """python
        import asyncio

        def tail(obj):
            text = repr(obj)
            return text[text.index('['):]

        async def main():
            b = asyncio.Barrier(3)
            print(tail(b))
            try:
                await b
            except TypeError as e:
                print(f"await barrier: {type(e).__name__}")
            ts = [asyncio.create_task(b.wait()) for _ in range(2)]
            await asyncio.sleep(0)
            print(tail(b))
            states = []
            async def p():
                async with b:
                    states.append(tail(b))
            ts += [asyncio.create_task(p()) for _ in range(1)]
            await asyncio.sleep(0)
            print(tail(b))
            await asyncio.gather(*ts)
            print(states, tail(b))
            w = asyncio.create_task(b.wait())
            await asyncio.sleep(0)
            await b.reset()
            print(tail(b))
            try:
                await w
            except asyncio.BrokenBarrierError:
                pass
            print(tail(b))
            await b.abort()
            print(tail(b))

        asyncio.run(main())
        """
      Then the output is:
        """
        [filling, waiters:0/3]>
        await barrier: TypeError
        [filling, waiters:2/3]>
        [draining, waiters:0/3]>
        ['[draining, waiters:0/3]>'] [filling, waiters:0/3]>
        [resetting, waiters:0/3]>
        [filling, waiters:0/3]>
        [broken]>
        """
      And the program completes normally
