@combinators
Feature: asyncio.wait at its edges: its caller cancelled, duplicates, iterables and bad arguments
  asyncio.wait(aws) waits for a collection of tasks and futures and returns two
  sets, done and pending. It never cancels what it waits for: cancelling the
  task blocked in wait() raises CancelledError there, while the awaited tasks
  run on. It takes any iterable, counts an object given twice once, and
  refuses an empty collection, a single future or coroutine, and an unknown
  return_when.

  @rule-wait.caller-cancel.awaited-continue @required
  Rule: Cancelling a task blocked in wait() raises CancelledError in it; the awaited tasks are not cancelled and run to completion.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    "Unlike wait_for(), wait() does not cancel the futures when a timeout
    occurs" — nor when its caller is cancelled.

    Scenario: The waiter is cancelled, the awaited task finishes later
      Given the program:
        """python
        import asyncio

        async def inner(gate):
            await gate
            print("inner: finished")
            return "inner result"

        async def outer(task):
            try:
                await asyncio.wait([task])
                print("outer: unreachable")
            except asyncio.CancelledError:
                print("outer: CancelledError in wait()")
                raise

        async def main():
            gate = asyncio.get_event_loop().create_future()
            task = asyncio.ensure_future(inner(gate))
            waiter = asyncio.ensure_future(outer(task))
            await asyncio.sleep(0)
            waiter.cancel()
            try:
                await waiter
            except asyncio.CancelledError:
                print(f"main: waiter cancelled={waiter.cancelled()}, inner cancelled={task.cancelled()} done={task.done()}")
            gate.set_result(None)
            value = await task
            print(f"main: {value}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        outer: CancelledError in wait()
        main: waiter cancelled=True, inner cancelled=False done=False
        inner: finished
        main: inner result
        """
      And the program completes normally

  @rule-wait.duplicates.once @required
  Rule: A task given to wait() more than once appears once in its result.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    wait() makes a set of its argument: done and pending hold each distinct
    task once.

    Scenario: The same task twice and another one
      Given the program:
        """python
        import asyncio

        async def work(name):
            await asyncio.sleep(0)
            return name

        async def main():
            first = asyncio.ensure_future(work("first"))
            second = asyncio.ensure_future(work("second"))
            done, pending = await asyncio.wait([first, first, second])
            print(f"done={len(done)} pending={len(pending)} results={sorted([t.result() for t in done])}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done=2 pending=0 results=['first', 'second']
        """
      And the program completes normally

  @rule-wait.empty.value-error @required
  Rule: wait() of an empty collection raises ValueError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    There is nothing to wait for; the call fails instead of returning two
    empty sets.

    Scenario Outline: wait(<empty>) raises ValueError
      Given the program:
        """python
        import asyncio

        async def main():
            try:
                await asyncio.wait(<empty>)
                print("wait returned")
            except ValueError:
                print("wait(<empty>): ValueError")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        wait(<empty>): ValueError
        """
      And the program completes normally

      Examples:
        | empty |
        | []    |
        | set() |

  @rule-wait.empty.message @detail
  Rule: CPython's message for wait() of an empty collection is "Set of Tasks/Futures is empty." from 3.11 and "Set of coroutines/Futures is empty." before.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    Detail: message text: the ValueError's text is asyncio's, and changed in 3.11
    The wording changed when wait() stopped accepting coroutines.

    Scenario Outline: The message of wait([]) (<versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            try:
                await asyncio.wait([])
            except ValueError as e:
                print(f"ValueError: {e}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ValueError: Set of <what>/Futures is empty.
        """
      And the program completes normally

      @since-3.11
      Examples: 3.11 and later
        | versions       | what       |
        | 3.11 and later | Tasks      |

      @before-3.11
      Examples: before 3.11
        | versions       | what       |
        | 3.6 to 3.10    | coroutines |

  @rule-wait.return-when.invalid @required
  Rule: wait() with a return_when other than FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED raises ValueError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    return_when must be one of the three constants.

    Scenario: return_when=-1
      Given the program:
        """python
        import asyncio

        async def main():
            task = asyncio.ensure_future(asyncio.sleep(0))
            try:
                await asyncio.wait([task], return_when=-1)
            except ValueError:
                print("return_when=-1: ValueError")
            await task
            print(f"the task was left alone and finished: {task.done()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        return_when=-1: ValueError
        the task was left alone and finished: True
        """
      And the program completes normally

  @rule-wait.single-awaitable.type-error @required
  Rule: wait() given a single future or coroutine instead of a collection raises TypeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    The argument is an iterable of awaitables; a future or a coroutine on its
    own is refused, not iterated.

    Scenario Outline: wait(<what>) raises TypeError
      Given the program:
        """python
        import asyncio

        async def work():
            return "work"

        async def main():
            fut = asyncio.get_event_loop().create_future()
            coro = work()
            try:
                await asyncio.wait(<argument>)
                print("wait returned")
            except TypeError:
                print("wait(<what>): TypeError")
            coro.close()
            fut.cancel()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        wait(<what>): TypeError
        """
      And the program completes normally

      Examples:
        | what        | argument |
        | a future    | fut      |
        | a coroutine | coro     |

  @rule-wait.iterable.accepted @required
  Rule: wait() accepts any iterable of tasks, such as an iterator; a generator is accepted from 3.12 and refused with TypeError before.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    "aws: iterable". Before 3.12 wait() checked for a generator explicitly
    and raised TypeError.

    Scenario: wait(iter(list_of_tasks))
      Given the program:
        """python
        import asyncio

        async def work(i):
            await asyncio.sleep(0)
            return i

        async def main():
            tasks = [asyncio.ensure_future(work(i)) for i in range(3)]
            done, pending = await asyncio.wait(iter(tasks))
            print(f"done={len(done)} pending={len(pending)} results={sorted([t.result() for t in done])}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done=3 pending=0 results=[0, 1, 2]
        """
      And the program completes normally

    Scenario Outline: wait() of a generator of tasks (<versions>)
      Given the program:
        """python
        import asyncio

        async def work(i):
            await asyncio.sleep(0)
            return i

        async def main():
            tasks = [asyncio.ensure_future(work(i)) for i in range(3)]
            try:
                done, pending = await asyncio.wait(t for t in tasks)
                print(f"generator accepted: done={len(done)} pending={len(pending)}")
            except TypeError:
                print("generator refused: TypeError")
                await asyncio.wait(tasks)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <outcome>
        """
      And the program completes normally

      @since-3.12
      Examples: 3.12 and later
        | versions       | outcome                                 |
        | 3.12 and later | generator accepted: done=3 pending=0    |

      @before-3.12
      Examples: before 3.12
        | versions       | outcome                                 |
        | 3.6 to 3.11    | generator refused: TypeError            |

  @rule-wait.first-completed.all-done @required
  Rule: With FIRST_COMPLETED, wait() returns in done every awaitable that is done when it resumes, not only the first one that finished.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    wait() resumes one step after the first completion; a task that finished
    in between is also in done.

    Scenario: Two tasks finish one step apart before wait resumes
      Given the program:
        """python
        import asyncio

        async def one_step():
            await asyncio.sleep(0)
            return "one"

        async def two_steps():
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            return "two"

        async def main():
            a = asyncio.ensure_future(one_step())
            b = asyncio.ensure_future(two_steps())
            done, pending = await asyncio.wait([b, a], return_when=asyncio.FIRST_COMPLETED)
            print(f"done={sorted([t.result() for t in done])} pending={len(pending)}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done=['one', 'two'] pending=0
        """
      And the program completes normally

  @rule-wait.first-exception.cancelled-is-no-exception @required
  Rule: With return_when=FIRST_EXCEPTION a cancelled awaitable does not count as one that raised: when none raises, wait returns only once all are done, as with ALL_COMPLETED.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    FIRST_EXCEPTION returns "when any future finishes by raising an exception";
    a cancelled task has not raised one, and a result does not satisfy it either.

    Scenario: One task cancelled, one with a result, then the last one finishes
      Given the program:
        """python
        import asyncio

        async def work(name, gate):
            await gate
            return name

        async def main():
            loop = asyncio.get_event_loop()
            gates = [loop.create_future() for _ in range(3)]
            tasks = [asyncio.ensure_future(work(f"t{i}", gates[i])) for i in range(3)]
            tasks[1].cancel()
            waiter = asyncio.ensure_future(asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print(f"after the cancellation: waiter done={waiter.done()}")
            gates[0].set_result(None)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print(f"after a result: waiter done={waiter.done()}")
            gates[2].set_result(None)
            done, pending = await waiter
            print(f"done={len(done)} pending={len(pending)}")
            print(f"cancelled: {[t.cancelled() for t in tasks]}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        after the cancellation: waiter done=False
        after a result: waiter done=False
        done=3 pending=0
        cancelled: [False, True, False]
        """
      And the program completes normally

  @rule-wait.timeout.returns-early @required
  Rule: wait() with a timeout returns as soon as its return_when condition holds; the timeout is only an upper bound.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait
    Two tasks that finish within a fraction of a second under a 30-second
    timeout: wait returns when both are done, long before the timeout.

    Scenario: Both tasks finish long before the timeout
      Given the program:
        """python
        import asyncio

        async def work(name, delay):
            await asyncio.sleep(delay)
            return name

        async def main():
            loop = asyncio.get_event_loop()
            tasks = [asyncio.ensure_future(work("a", 0.1)), asyncio.ensure_future(work("b", 0.2))]
            start = loop.time()
            done, pending = await asyncio.wait(tasks, timeout=30)
            print(f"done={len(done)} pending={len(pending)}")
            print(f"returned before the timeout: {loop.time() - start < 10}")
            print(f"results: {sorted([t.result() for t in done])}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done=2 pending=0
        returned before the timeout: True
        results: ['a', 'b']
        """
      And the program completes normally
