@combinators
Feature: shield passes its inner outcome through, and wait_for(shield(t)) bounds the wait without cancelling t
  asyncio.shield(aw) returns a future that follows aw: awaiting it gives aw's
  result or raises aw's very exception. A coroutine given to shield is wrapped
  in a task at once, so it runs even if nobody awaits the shield. A shield of a
  future that is already done is done at once.

  The classic use is wait_for(shield(task), timeout): the timeout cancels only
  the shield, so the caller gets TimeoutError while the task runs on and can be
  awaited later.

  @rule-shield.passes-outcome @required
  Rule: Awaiting shield(aw) gives aw's result, or raises the very exception object aw raised.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    The shield mirrors the inner future's outcome: its result, or the same
    exception object, which the shield's exception() also returns.

    Scenario: The result of the inner future comes out of the shield
      Given the program:
        """python
        import asyncio

        async def main():
            inner = asyncio.get_event_loop().create_future()
            outer = asyncio.shield(inner)
            asyncio.get_event_loop().call_soon(inner.set_result, 42)
            value = await outer
            print(f"awaiting the shield gave {value}, shield done={outer.done()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        awaiting the shield gave 42, shield done=True
        """
      And the program completes normally

    Scenario: The inner future's exception object comes out of the shield
      Given the program:
        """python
        import asyncio

        async def main():
            inner = asyncio.get_event_loop().create_future()
            outer = asyncio.shield(inner)
            error = RuntimeError("expected")
            asyncio.get_event_loop().call_soon(inner.set_exception, error)
            try:
                await outer
            except RuntimeError as e:
                print(f"the same object: {e is error}, shield.exception() is it: {outer.exception() is error}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        the same object: True, shield.exception() is it: True
        """
      And the program completes normally

  @rule-shield.coroutine.scheduled @required
  Rule: shield(coro) wraps the coroutine in a task on the current loop at once; it runs to completion whether or not the shield is awaited, and the shield delivers its result when awaited later.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    "If aw is a coroutine it is automatically scheduled as a Task." The task
    starts when its creator yields, like any other.

    Scenario: A shielded coroutine runs without the shield being awaited
      Given the program:
        """python
        import asyncio

        async def compute(log):
            log.append("compute: ran")
            await asyncio.sleep(0)
            return 42

        async def make_shield(log):
            return asyncio.shield(compute(log))

        async def main(log):
            shielded = await make_shield(log)
            print(f"shield made, done={shielded.done()}, log={log}")
            await asyncio.sleep(1)
            print(f"after a sleep, without awaiting it: done={shielded.done()}, log={log}")
            return shielded

        log = []
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        shielded = loop.run_until_complete(main(log))
        print(f"awaited later: {loop.run_until_complete(shielded)}")
        """
      Then the output is:
        """
        shield made, done=False, log=[]
        after a sleep, without awaiting it: done=True, log=['compute: ran']
        awaited later: 42
        """
      And the program completes normally

  @rule-shield.done-future.done-at-once @required
  Rule: shield() of a future that is already done gives a future that is already done with the same outcome.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    Nothing is left to protect: the shield is done at once with the inner
    future's result, exception or cancellation.

    Scenario Outline: shield() of a future that already <outcome>
      Given the program:
        """python
        import asyncio

        async def main():
            done = asyncio.get_event_loop().create_future()
            <finish>
            shielded = asyncio.shield(done)
            print(f"done={shielded.done()} cancelled={shielded.cancelled()}")
            try:
                print(f"result={shielded.result()!r}")
            except asyncio.CancelledError:
                print("result() raises CancelledError")
            except KeyError as e:
                print(f"result() raises KeyError {e}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        done=True cancelled=<cancelled>
        <result>
        """
      And the program completes normally

      Examples:
        | outcome        | finish                                 | cancelled | result                         |
        | has a result   | done.set_result("already")             | False     | result='already'               |
        | failed         | done.set_exception(KeyError("failed")) | False     | result() raises KeyError 'failed' |
        | was cancelled  | done.cancel()                          | True      | result() raises CancelledError |

  @rule-shield.done-future.same-object @detail
  Rule: CPython's shield() returns a future that is already done unchanged, the very same object.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    Detail: identity: the documentation promises a future with the inner outcome, not the same object; returning it unchanged is CPython's shortcut
    The documentation promises a future with the inner outcome, not the
    identity; CPython takes this shortcut.

    Scenario: shield(done_future) is done_future
      Given the program:
        """python
        import asyncio

        async def main():
            done = asyncio.get_event_loop().create_future()
            done.set_result("already")
            print(f"shield(done) is done: {asyncio.shield(done) is done}")
            pending = asyncio.get_event_loop().create_future()
            print(f"shield(pending) is pending: {asyncio.shield(pending) is pending}")
            pending.cancel()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        shield(done) is done: True
        shield(pending) is pending: False
        """
      And the program completes normally

  @rule-wait-for.shield.cancels-only-the-shield @required
  Rule: wait_for(shield(task), timeout) on timeout cancels only the shield and raises TimeoutError; the task runs on uncancelled and can be awaited later. With timeout None it returns the task's result.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    "To avoid the task cancellation, wrap it in shield()." The cancellation
    wait_for applies on timeout stops at the shield.

    Scenario: wait_for(shield(task), 0) times out at once and leaves the task running
      Given the program:
        """python
        import asyncio

        async def work(delay):
            await asyncio.sleep(delay)
            return "done"

        async def main():
            task = asyncio.ensure_future(work(0.1))
            shielded = asyncio.shield(task)
            try:
                await asyncio.wait_for(shielded, timeout=0)
            except asyncio.TimeoutError:
                print(f"TimeoutError; shield cancelled={shielded.cancelled()}, task done={task.done()} cancelled={task.cancelled()}")
            await asyncio.sleep(1.2)
            print(f"later: task done={task.done()} result={task.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        TimeoutError; shield cancelled=True, task done=False cancelled=False
        later: task done=True result='done'
        """
      And the program completes normally

    Scenario: wait_for(shield(task), 0.1) times out while the task runs on
      Given the program:
        """python
        import asyncio

        async def work(delay):
            try:
                await asyncio.sleep(delay)
            except asyncio.CancelledError:
                print("work: cancelled")
                raise
            return "done"

        async def main():
            task = asyncio.ensure_future(work(0.5))
            try:
                await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
            except asyncio.TimeoutError:
                print(f"TimeoutError; task done={task.done()} cancelled={task.cancelled()}")
            value = await task
            print(f"awaiting the task: {value!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        TimeoutError; task done=False cancelled=False
        awaiting the task: 'done'
        """
      And the program completes normally

    Scenario: wait_for(shield(task), None) returns the task's result
      Given the program:
        """python
        import asyncio

        async def work(delay):
            await asyncio.sleep(delay)
            return "done"

        async def main():
            task = asyncio.ensure_future(work(0.1))
            value = await asyncio.wait_for(asyncio.shield(task), timeout=None)
            print(f"wait_for returned {value!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        wait_for returned 'done'
        """
      And the program completes normally
