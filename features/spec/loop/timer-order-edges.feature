@loop
Feature: Timers keep their deadline order in every arrangement
  The loop keeps its timers in a heap ordered by deadline and drops cancelled
  timers from it lazily: a cancelled timer stays until it reaches the head, or
  until so many are cancelled (more than 100 of them, and more than half of all
  timers) that the loop removes them all at once and rebuilds the heap. None of
  this may show: whatever the order of registration and however many timers
  are cancelled, the remaining timers run earliest deadline first, and a
  cancelled timer or handle leaves no trace at all.

  A delay is measured on loop.time() from the moment call_later is called, so
  time the program spends awaiting other things counts toward it.

  @rule-loop.timer.any-registration-order @required
  Rule: Timers run earliest deadline first whatever the order in which they were registered.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#scheduling-delayed-callbacks
    The deadline alone decides the order of timers, also when a later deadline
    was registered between two earlier ones.

    # Four timers are the fewest that reach both children of a heap node when
    # they are taken out; the deadlines lie 0.1 s apart so that a loaded machine
    # cannot reorder them.
    Scenario: Four timers registered out of order run by deadline
      Given the program:
        """python
        import asyncio

        def record(delay):
            print(f"timer at +{delay} s")

        async def main():
            loop = asyncio.get_event_loop()
            start = loop.time()
            for delay in [0.1, 0.3, 0.2, 0.4]:
                loop.call_at(start + delay, record, delay)
            print("main: registered +0.1, +0.3, +0.2, +0.4")
            await asyncio.sleep(0.5)
            print("main: all four timers have run")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        main: registered +0.1, +0.3, +0.2, +0.4
        timer at +0.1 s
        timer at +0.2 s
        timer at +0.3 s
        timer at +0.4 s
        main: all four timers have run
        """
      And the program completes normally

  @rule-loop.timer.cancelled-keep-order @required
  Rule: Cancelled timers never run and the remaining timers run earliest deadline first, also after the loop has swept out many cancelled timers at once.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.TimerHandle
    Cancelled timers never run, and the timers that remain run earliest deadline
    first, also after the loop has cleared out a large number of cancelled ones.

    # 200 timers 5 ms apart are registered latest first and three of every four
    # are cancelled: 150 cancelled of 200 makes the loop drop the cancelled
    # timers in one sweep and rebuild its heap from the 50 that remain. Timers
    # that come due together still run in deadline order. (5 ms, not 1 ms: a
    # loop may keep deadlines to the millisecond, as uvloop does.)
    Scenario: 150 of 200 timers are cancelled; the other 50 run in deadline order
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            fired = []
            base = loop.time() + 0.05
            handles = []
            for k in range(200, 0, -1):
                handles.append(loop.call_at(base + k * 0.005, fired.append, k))
            for position, handle in enumerate(handles):
                if position % 4 != 0:
                    handle.cancel()
            print("main: 200 timers registered, latest first; 150 cancelled")
            await asyncio.sleep(0)
            await asyncio.sleep(1.2)
            print(f"{len(fired)} timers ran")
            print(f"the first five: {fired[:5]}")
            print(f"the last: {fired[-1]}")
            print(f"in deadline order: {fired == sorted(fired)}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        main: 200 timers registered, latest first; 150 cancelled
        50 timers ran
        the first five: [4, 8, 12, 16, 20]
        the last: 200
        in deadline order: True
        """
      And the program completes normally

  @rule-loop.handle.cancelled-no-trace @required
  Rule: A cancelled Handle or TimerHandle is skipped entirely: its callback does not run and nothing reaches the exception handler.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.Handle.cancel
    The loop skips a cancelled Handle or TimerHandle entirely: its callback does
    not run, and nothing about it reaches the exception handler.

    Scenario: Cancelled handles call neither their callback nor the exception handler
      Given the program:
        """python
        import asyncio

        def report(loop, context):
            print(f"handler: {context['message']}")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(report)
            soon = loop.call_soon(print, "call_soon callback")
            later = loop.call_later(0.01, print, "call_later callback")
            soon.cancel()
            later.cancel()
            loop.call_soon(print, "the next callback runs")
            await asyncio.sleep(0.05)
            print("main: nothing else happened")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        the next callback runs
        main: nothing else happened
        """
      And the program completes normally

  @rule-loop.timer.delay-from-now @required
  Rule: call_later fixes the deadline at loop.time() plus the delay when it is called; time spent awaiting other things counts toward the delay.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_later
    call_later(delay) fixes the deadline at loop.time() + delay when it is
    called; the loop then waits only for the time that is left, so awaits in
    between count toward the delay.

    # The timer is due 1 s after the two sleeps end and 1 s before the third one
    # does: a stall of a loaded machine shorter than that cannot reorder them.
    Scenario: A 1.2 s timer runs between the end of two 0.1 s sleeps and a further 2 s sleep
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_later(1.2, print, "timer due after 1.2 s runs")
            await asyncio.sleep(0.1)
            await asyncio.sleep(0.1)
            print("main: two sleeps of 0.1 s are over")
            await asyncio.sleep(2)
            print("main: a third sleep of 2 s is over")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        main: two sleeps of 0.1 s are over
        timer due after 1.2 s runs
        main: a third sleep of 2 s is over
        """
      And the program completes normally
