@loop
Feature: The event loop runs callbacks and timers in a defined order
  An asyncio event loop works in iterations. Each iteration first moves every
  timer that has come due to the end of the ready queue, then runs exactly the
  callbacks that were in the ready queue at that moment, one after the other.
  loop.call_soon appends to the ready queue; loop.call_later and loop.call_at
  add a timer. A task is driven the same way: each of its steps is a callback
  scheduled with call_soon, so task steps and plain callbacks share one queue.

  Anything scheduled while an iteration runs waits for a later iteration. This
  is what makes `await asyncio.sleep(0)` a precise tool: it lets everything that
  was already queued run once before the sleeper continues.

  @rule-loop.call-soon.fifo @required
  Rule: call_soon callbacks run after control returns to the loop, first in first out, with their positional arguments.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon
    call_soon returns at once; the callback runs later, when control returns to
    the event loop. Callbacks run in the order in which they were registered,
    each exactly once, called with the extra positional arguments given to call_soon.

    Scenario: Callbacks run in registration order, after the scheduling code yields
      Given the program:
        """python
        import asyncio

        def show(label, count, unit):
            print(f"{label}: {count} {unit}")

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_soon(show, "first", 1, "apple")
            loop.call_soon(show, "second", 2, "pears")
            loop.call_soon(show, "third", 3, "plums")
            print("main: scheduled three callbacks")
            await asyncio.sleep(0)
            print("main: resumed")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: scheduled three callbacks
        first: 1 apple
        second: 2 pears
        third: 3 plums
        main: resumed
        """
      And the program completes normally

  @rule-loop.call-soon.next-iteration @required
  Rule: A callback scheduled by a running callback runs in the next iteration, after the callbacks already queued.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon
    An iteration runs only the callbacks that were ready when it began. A
    callback that calls call_soon queues the new callback behind everything
    already waiting, so it runs after them, in the following iteration.

    Scenario: A follow-up callback runs after the callbacks already queued
      Given the program:
        """python
        import asyncio

        def follow_up(name):
            print(f"{name}: follow-up")

        def step(name):
            print(f"{name}: runs")
            asyncio.get_event_loop().call_soon(follow_up, name)

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_soon(step, "A")
            loop.call_soon(step, "B")
            loop.call_soon(step, "C")
            await asyncio.sleep(0)
            print("main: resumed after one iteration")
            await asyncio.sleep(0)
            print("main: resumed after two iterations")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        A: runs
        B: runs
        C: runs
        main: resumed after one iteration
        A: follow-up
        B: follow-up
        C: follow-up
        main: resumed after two iterations
        """
      And the program completes normally

  @rule-loop.call-soon.interleaves-with-tasks @required
  Rule: Task steps and plain callbacks share the ready queue and run in the order in which they were scheduled.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon
    Creating a task schedules its first step with call_soon, and a task that
    resumes schedules its next step the same way, so steps and plain callbacks
    run in the order in which they were scheduled.

    Scenario: Task steps and callbacks alternate in scheduling order
      Given the program:
        """python
        import asyncio

        def callback(label):
            print(f"callback {label}")

        async def worker(name):
            print(f"{name}: step 1")
            await asyncio.sleep(0)
            print(f"{name}: step 2")

        async def main():
            loop = asyncio.get_event_loop()
            first = loop.create_task(worker("task A"))
            loop.call_soon(callback, "x")
            second = loop.create_task(worker("task B"))
            loop.call_soon(callback, "y")
            await first
            await second
            print("main: both tasks done")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        task A: step 1
        callback x
        task B: step 1
        callback y
        task A: step 2
        task B: step 2
        main: both tasks done
        """
      And the program completes normally

  @rule-loop.timer.deadline-order @required
  Rule: Timers set with call_later or call_at run in the order of their deadlines, whatever the order of registration.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#scheduling-delayed-callbacks
    call_later(delay, ...) schedules a callback delay seconds from now and
    call_at(when, ...) at the absolute time when, on the loop.time() clock. The
    order of registration does not matter: the earliest deadline runs first.

    # The deadlines lie far apart so that a slow, loaded machine cannot reorder
    # them: each call_later delay counts from the moment of its own call.
    Scenario Outline: Timers scheduled with <api> run earliest deadline first
      Given the program:
        """python
        import asyncio

        log = []

        def record(name):
            print(f"{name} runs")
            log.append(name)
            if len(log) == 3:
                done.set_result(None)

        def schedule(loop, delay, name):
            <schedule>

        async def main():
            global done
            loop = asyncio.get_event_loop()
            done = loop.create_future()
            schedule(loop, 0.3, "late")
            schedule(loop, 0.01, "early")
            schedule(loop, 0.1, "middle")
            print("main: scheduled late, early, middle")
            await done
            print(f"main: {log}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: scheduled late, early, middle
        early runs
        middle runs
        late runs
        main: ['early', 'middle', 'late']
        """
      And the program completes normally

      Examples:
        | api        | schedule                                       |
        | call_later | loop.call_later(delay, record, name)           |
        | call_at    | loop.call_at(loop.time() + delay, record, name) |

  @rule-loop.timer.equal-deadlines @detail
  Rule: Two or three timers with exactly the same deadline run in the order they were scheduled (heapq order; asyncio documents the order of equal deadlines as undefined, and from four timers on heapq does not keep it).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_at
    Detail: order: asyncio documents the order of callbacks with equal deadlines as undefined; this is what CPython's heap gives
    The documentation leaves the order of callbacks scheduled for exactly the
    same time undefined. CPython keeps its timers in a heapq heap compared by
    deadline only, which gives back two or three equal timers in the order they
    were pushed (from four on it does not), so a program that schedules so few
    sees them run first scheduled, first run.

    # No other timer is in the heap meanwhile: a later one changes heapq's order
    # among the equal ones (three equal timers plus one later run as 1, 3, 2).
    # The shared deadline has already passed when the timers are scheduled, so
    # they are due together however long scheduling takes: a loop that keeps
    # deadlines to the millisecond and reads its clock per call (uvloop) would
    # otherwise split a future deadline across a millisecond boundary.
    Scenario Outline: <count> timers due at the same moment run in scheduling order
      Given the program:
        """python
        import asyncio

        log = []

        def record(name, total):
            log.append(name)
            if len(log) == total:
                done.set_result(None)

        async def main():
            global done
            loop = asyncio.get_event_loop()
            done = loop.create_future()
            names = <names>
            when = loop.time() - 0.05
            for name in names:
                loop.call_at(when, record, name, len(names))
            print(f"scheduled: {names}")
            await done
            print(f"ran: {log}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        scheduled: <names>
        ran: <names>
        """
      And the program completes normally

      Examples:
        | count | names                           |
        | Two   | ['first', 'second']             |
        | Three | ['first', 'second', 'third']    |

  @rule-loop.timer.after-ready-callbacks @required
  Rule: A due timer, even call_later(0), joins the ready queue behind every callback already queued at the start of the next iteration.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_later
    Even call_later(0) does not jump the queue: at the start of the next
    iteration the due timer is appended to the end of the ready queue, behind
    every call_soon callback and task step queued before that moment.

    Scenario: call_later(0) runs after call_soon callbacks, even ones registered after it
      Given the program:
        """python
        import asyncio

        def callback(label):
            print(f"callback {label}")

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_soon(callback, "soon 1")
            loop.call_later(0, callback, "later 0")
            loop.call_soon(callback, "soon 2")
            await asyncio.sleep(0)
            print("main: resumed")
            await asyncio.sleep(0.01)
            print("main: done")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        callback soon 1
        callback soon 2
        main: resumed
        callback later 0
        main: done
        """
      And the program completes normally

  @rule-loop.sleep.zero-one-iteration @required
  Rule: sleep(0) resumes the caller after the callbacks queued before it and before the callbacks those schedule.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep
    A task that awaits sleep(0) schedules its own next step behind whatever is
    queued, so every callback scheduled before the sleep runs first, and every
    callback those callbacks schedule runs after the sleeper has resumed.

    Scenario: Callbacks queued before sleep(0) run before the sleeper resumes, their follow-ups after
      Given the program:
        """python
        import asyncio

        def follow_up():
            print("follow-up callback")

        def callback(label):
            print(f"callback {label}")
            if label == "2":
                asyncio.get_event_loop().call_soon(follow_up)

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_soon(callback, "1")
            loop.call_soon(callback, "2")
            print("main: before sleep(0)")
            await asyncio.sleep(0)
            print("main: after sleep(0)")
            await asyncio.sleep(0)
            print("main: after another sleep(0)")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: before sleep(0)
        callback 1
        callback 2
        main: after sleep(0)
        follow-up callback
        main: after another sleep(0)
        """
      And the program completes normally

  @rule-loop.sleep.result @required
  Rule: sleep returns its result argument, positional or keyword, and None without one.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep
    If result is provided, it is returned to the caller when the sleep
    completes; otherwise the sleep returns None.

    Scenario: sleep hands back the result it was given, with or without a delay
      Given the program:
        """python
        import asyncio

        async def main():
            for delay in [0, 0.01]:
                plain = await asyncio.sleep(delay)
                positional = await asyncio.sleep(delay, "positional")
                keyword = await asyncio.sleep(delay, result=[1, 2])
                print(f"sleep({delay}): {plain!r} {positional!r} {keyword!r}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        sleep(0): None 'positional' [1, 2]
        sleep(0.01): None 'positional' [1, 2]
        """
      And the program completes normally

  @rule-loop.handle.cancel @required
  Rule: Cancelling a Handle or TimerHandle before its callback runs prevents the callback; the others still run.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.Handle.cancel
    call_soon returns a Handle and call_later/call_at return a TimerHandle (a
    Handle subclass). Cancelling one before its callback runs means the callback
    never runs; the other callbacks are not affected. Cancelling twice is harmless.

    Scenario Outline: A <handle> cancelled before it runs is skipped
      Given the program:
        """python
        import asyncio

        def callback(label):
            print(f"callback {label}")

        def schedule(loop, label):
            return <schedule>

        async def main():
            loop = asyncio.get_event_loop()
            kept_before = schedule(loop, "kept before")
            dropped = schedule(loop, "dropped")
            kept_after = schedule(loop, "kept after")
            print(f"{type(dropped).__name__}, a Handle: {isinstance(dropped, asyncio.Handle)}")
            dropped.cancel()
            dropped.cancel()
            await asyncio.sleep(0.05)
            print("main: done")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <handle>, a Handle: True
        callback kept before
        callback kept after
        main: done
        """
      And the program completes normally

      Examples:
        | handle      | schedule                               |
        | Handle      | loop.call_soon(callback, label)        |
        | TimerHandle | loop.call_later(0.01, callback, label) |

  @rule-loop.handle.cancelled @required
  Rule: Handle.cancelled(), new in 3.7, returns True once the handle has been cancelled.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.Handle.cancelled
    New in Python 3.7: cancelled() returns True once cancel() has been called on
    the handle, for Handle and TimerHandle alike.

    # Handle.cancelled() was added in 3.7; on 3.6 the call raises AttributeError.
    @since-3.7
    Scenario: cancelled() reports whether a handle was cancelled
      Given the program:
        """python
        import asyncio

        def callback(label):
            print(f"callback {label}")

        async def main():
            loop = asyncio.get_event_loop()
            soon = loop.call_soon(callback, "soon")
            timer = loop.call_later(0.01, callback, "timer")
            print(f"before cancel: soon={soon.cancelled()} timer={timer.cancelled()}")
            timer.cancel()
            print(f"after timer.cancel(): soon={soon.cancelled()} timer={timer.cancelled()}")
            await asyncio.sleep(0.05)
            print("main: done")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        before cancel: soon=False timer=False
        after timer.cancel(): soon=False timer=True
        callback soon
        main: done
        """
      And the program completes normally

  @rule-loop.time.monotonic @required
  Rule: loop.time() is a monotonic float clock that has advanced after a sleep.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.time
    loop.time() returns the current time according to the loop's internal
    monotonic clock, the clock against which call_at deadlines are measured.

    Scenario: The loop clock has advanced after a sleep and never goes back
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            start = loop.time()
            await asyncio.sleep(0.05)
            after_sleep = loop.time()
            print(f"advanced across sleep(0.05): {after_sleep > start}")
            await asyncio.sleep(0)
            print(f"not behind after sleep(0): {loop.time() >= after_sleep}")
            print(f"is a float: {isinstance(start, float)}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        advanced across sleep(0.05): True
        not behind after sleep(0): True
        is a float: True
        """
      And the program completes normally
