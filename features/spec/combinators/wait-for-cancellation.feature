@combinators
Feature: wait_for under cancellation: the caller cancelled, timeouts of zero, and races
  "If the wait is cancelled, the future aw is also cancelled." wait_for has been
  rewritten more than once (3.7: wait for the cancelled awaitable; 3.8: the
  same for a zero timeout; 3.9: return the result of an awaitable that
  swallowed the cancellation; 3.12: built on asyncio.timeout()), and the edges
  of cancelling the caller moved with each rewrite. Each version range is a
  scenario of its own.

  @rule-wait-for.caller-cancel.cancels-awaitable @required
  Rule: Cancelling a task blocked in wait_for(aw, timeout) cancels aw too, with or without a timeout.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    The caller ends cancelled and so does the awaited task, whose except
    block sees the CancelledError.

    Scenario Outline: The caller of wait_for(task, <timeout>) is cancelled
      Given the program:
        """python
        import asyncio

        async def blocking():
            try:
                await asyncio.get_event_loop().create_future()
            except asyncio.CancelledError:
                print("inner: cancelled")
                raise

        async def main():
            task = asyncio.ensure_future(blocking())
            waiter = asyncio.ensure_future(asyncio.wait_for(task, <timeout>))
            await asyncio.sleep(0)
            waiter.cancel()
            try:
                await waiter
            except asyncio.CancelledError:
                print(f"main: waiter cancelled={waiter.cancelled()}")
            await asyncio.sleep(0)
            print(f"main: inner cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        inner: cancelled
        main: waiter cancelled=True
        main: inner cancelled=True
        """
      And the program completes normally

      Examples:
        | timeout |
        | None    |
        | 60.0    |

  @rule-wait-for.timeout-nonpositive.running-task @required
  Rule: With a timeout of zero or less, wait_for cancels a task that is already running and raises TimeoutError; since 3.8 it first waits until the task has finished its cancellation.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    A timeout of zero or less has already expired. Since 3.8 wait_for cancels
    the running task and waits for it, so its finally block has run when the
    caller catches TimeoutError. On 3.6 and 3.7 the TimeoutError comes first
    and the task is cancelled afterwards.

    Scenario Outline: wait_for(running task, <timeout>) (<versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            log = []

            async def foo():
                try:
                    await asyncio.sleep(10)
                finally:
                    log.append("finally ran")

            task = asyncio.ensure_future(foo())
            await asyncio.sleep(0)
            try:
                await asyncio.wait_for(task, <timeout>)
            except asyncio.TimeoutError:
                print(f"TimeoutError, task cancelled={task.cancelled()}, log={log}")
            await asyncio.sleep(0)
            print(f"afterwards: task cancelled={task.cancelled()}, log={log}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        TimeoutError, task cancelled=<cancelled>, log=<log>
        afterwards: task cancelled=True, log=['finally ran']
        """
      And the program completes normally

      @since-3.8
      Examples: 3.8 and later
        | timeout | versions      | cancelled | log             |
        | 0       | 3.8 and later | True      | ['finally ran'] |
        | -1      | 3.8 and later | True      | ['finally ran'] |

      @before-3.8
      Examples: 3.6 and 3.7
        | timeout | versions      | cancelled | log             |
        | 0       | 3.6 and 3.7   | False     | []              |
        | -1      | 3.6 and 3.7   | False     | []              |

  @rule-wait-for.timeout.context @detail
  Rule: Since 3.9 the TimeoutError raised by wait_for has the awaitable's CancelledError as __context__; before it has none.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    Detail: exception chaining: which exception is the TimeoutError's __context__ follows from where CPython's wait_for raises it
    wait_for raises TimeoutError while handling the CancelledError of the
    awaitable it cancelled, so Python chains them. Before 3.9 the TimeoutError
    was raised outside that handler. The awaitable here needs one more await
    to finish its cancellation, which wait_for waits for since 3.7 (since 3.8
    with a zero timeout).

    Scenario Outline: The awaitable finishes its cancellation slowly (timeout <timeout>, <versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            log = []

            async def slow_cancel():
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    await asyncio.sleep(0.05)
                    raise
                finally:
                    log.append("inner finished")

            task = asyncio.ensure_future(slow_cancel())
            await asyncio.sleep(0)
            try:
                await asyncio.wait_for(task, timeout=<timeout>)
            except asyncio.TimeoutError as e:
                print(f"TimeoutError after {log}, __context__={type(e.__context__).__name__}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        TimeoutError after <log>, __context__=<context>
        """
      And the program completes normally

      @since-3.9
      Examples: 3.9 and later
        | timeout | versions      | log                | context        |
        | 0.1     | 3.9 and later | ['inner finished'] | CancelledError |

      @since-3.8
      Examples: 3.8 and later, timeout 0
        | timeout | versions      | log                | context        |
        | 0       | 3.8 and later | ['inner finished'] | CancelledError |

      @since-3.7 @before-3.9
      Examples: 3.7 and 3.8
        | timeout | versions      | log                | context        |
        | 0.1     | 3.7 and 3.8   | ['inner finished'] | NoneType       |

      @before-3.7
      Examples: 3.6
        | timeout | versions      | log                | context        |
        | 0.1     | 3.6           | []                 | NoneType       |

      @before-3.8
      Examples: 3.6 and 3.7, timeout 0
        | timeout | versions      | log                | context        |
        | 0       | 3.6 and 3.7   | []                 | NoneType       |

  @rule-wait-for.timeout.exception-during-cancel @required
  Rule: Since 3.9, when the awaitable raises another exception while wait_for cancels it on timeout, wait_for raises that exception instead of TimeoutError; before 3.9 it raises TimeoutError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    wait_for waits for the cancelled awaitable; if that ends with an exception
    other than CancelledError, the exception is what the caller sees.

    Scenario Outline: A finally block raises FooException during the timeout's cancellation (<versions>)
      Given the program:
        """python
        import asyncio

        class FooException(Exception):
            pass

        async def inner():
            try:
                await asyncio.sleep(5)
            finally:
                raise FooException

        async def main():
            try:
                await asyncio.wait_for(asyncio.ensure_future(inner()), timeout=0.1)
            except FooException:
                print("wait_for raised FooException")
            except asyncio.TimeoutError:
                print("wait_for raised TimeoutError")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        wait_for raised <raised>
        """
      And the program completes normally

      @since-3.9
      Examples: 3.9 and later
        | versions      | raised       |
        | 3.9 and later | FooException |

      @before-3.9
      Examples: before 3.9
        | versions      | raised       |
        | 3.6 to 3.8    | TimeoutError |

  @rule-wait-for.caller-cancel.slow-awaitable @required
  Rule: When the caller of wait_for is cancelled while the awaited coroutine ignores cancellation, since 3.8 the caller finishes only after the coroutine has; it ends cancelled before 3.12 and with the coroutine's result from 3.12. On 3.6 and 3.7 it ends cancelled at once.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    The coroutine here sleeps until a fixed loop time, swallowing every
    CancelledError on the way, and then returns. From 3.12 wait_for is built
    on asyncio.timeout(), and a value returned after the cancellation was
    swallowed is returned to the caller.

    Scenario Outline: The caller is cancelled right away (<versions>)
      Given the program:
        """python
        import asyncio

        class Stubborn:
            def __init__(self):
                self.exited = False

            async def run(self):
                loop = asyncio.get_event_loop()
                end = loop.time() + 0.3
                while True:
                    rest = end - loop.time()
                    if rest <= 0:
                        break
                    try:
                        await asyncio.sleep(rest)
                    except asyncio.CancelledError:
                        pass
                self.exited = True
                return "slow result"

        async def main():
            stubborn = Stubborn()
            caller = asyncio.ensure_future(asyncio.wait_for(stubborn.run(), 1))
            await asyncio.sleep(0)
            caller.cancel()
            await asyncio.wait([caller])
            outcome = "cancelled" if caller.cancelled() else repr(caller.result())
            print(f"caller done after the coroutine exited: {stubborn.exited}, outcome {outcome}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        caller done after the coroutine exited: <exited>, outcome <outcome>
        """
      And the program completes normally

      @since-3.12
      Examples: 3.12 and later
        | versions       | exited | outcome       |
        | 3.12 and later | True   | 'slow result' |

      @since-3.8 @before-3.12
      Examples: 3.8 to 3.11
        | versions       | exited | outcome       |
        | 3.8 to 3.11    | True   | cancelled     |

      @before-3.8
      Examples: 3.6 and 3.7
        | versions       | exited | outcome       |
        | 3.6 and 3.7    | False  | cancelled     |

  @rule-wait-for.caller-cancel.during-timeout @required
  Rule: When the caller of wait_for is cancelled while the timed-out task still resists the timeout's cancellation, 3.7 to 3.11 end the caller cancelled at once and leave the task running; from 3.12 the caller's cancellation reaches the task too, and the caller gets the value the task returns.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    The inner task absorbs each cancellation and carries on. On timeout
    wait_for cancels it and waits; the caller is cancelled during that wait.
    3.6 raises TimeoutError on timeout without waiting, so it has no such state.

    Scenario Outline: The caller is cancelled while wait_for waits for the cancelled task (<versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            log = []

            async def stubborn():
                for delay in (5, 2, 0.1):
                    try:
                        await asyncio.sleep(delay)
                    except asyncio.CancelledError:
                        log.append(f"ignores cancellation {len(log) + 1}")
                log.append("returns 42")
                return 42

            inner = asyncio.ensure_future(stubborn())
            caller = asyncio.ensure_future(asyncio.wait_for(inner, timeout=0.2))
            await asyncio.sleep(1.2)
            caller.cancel()
            try:
                value = await caller
                print(f"caller returned {value}, log={log}")
            except asyncio.CancelledError:
                print(f"caller cancelled, inner done={inner.done()}, log={log}")
            result = await inner
            print(f"inner result: {result}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <caller>
        inner result: 42
        """
      And the program completes normally

      @since-3.12
      Examples: 3.12 and later
        | versions       | caller                                                                         |
        | 3.12 and later | caller returned 42, log=['ignores cancellation 1', 'ignores cancellation 2', 'returns 42'] |

      @since-3.7 @before-3.12
      Examples: 3.7 to 3.11
        | versions       | caller                                                                         |
        | 3.7 to 3.11    | caller cancelled, inner done=False, log=['ignores cancellation 1']             |

  @rule-wait-for.caller-cancel.inner-done @required
  Rule: A cancellation of the caller that arrives in the step in which wait_for's awaited task has just finished is kept from 3.12 on; 3.8 to 3.11 return the result and drop it; 3.6 and 3.7 end the caller cancelled without the result.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    The awaited task returns in its first step; the caller is cancelled before
    it resumes. From 3.12 (built on asyncio.timeout) wait_for returns the value
    and the caller's next await raises CancelledError.

    Scenario Outline: The caller is cancelled as the awaited task returns (<versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            async def inner():
                return "done"

            inner_task = asyncio.ensure_future(inner())
            log = []

            async def caller():
                value = await asyncio.wait_for(inner_task, timeout=100)
                log.append(f"wait_for returned {value!r}")
                await asyncio.sleep(0.1)
                log.append("reached the end")

            task = asyncio.ensure_future(caller())
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
                print(f"caller not cancelled: {log}")
            except asyncio.CancelledError:
                print(f"caller cancelled: {log}")
            print(f"inner: {inner_task.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <caller>
        inner: 'done'
        """
      And the program completes normally

      @since-3.12
      Examples: 3.12 and later
        | versions       | caller                                                       |
        | 3.12 and later | caller cancelled: ["wait_for returned 'done'"]               |

      @since-3.8 @before-3.12
      Examples: 3.8 to 3.11
        | versions       | caller                                                       |
        | 3.8 to 3.11    | caller not cancelled: ["wait_for returned 'done'", 'reached the end'] |

      @before-3.8
      Examples: 3.6 and 3.7
        | versions       | caller                                                       |
        | 3.6 and 3.7    | caller cancelled: []                                         |

  @rule-wait-for.cancel-race @required
  Rule: When one callback sets the awaited future's result and cancels the task blocked in wait_for, 3.8 to 3.11 return the result; 3.6, 3.7 and from 3.12 the task ends cancelled.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    The result and the cancellation arrive in the same step. 3.8 to 3.11
    prefer the result that is already there; the other versions let the
    cancellation win.

    # 3.6/3.7 and 3.12+ agree, but are not one range: two Examples blocks with the same outcome.
    Scenario Outline: The future's result and the caller's cancellation arrive together (<versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            task = asyncio.ensure_future(asyncio.wait_for(fut, timeout=1))

            def both():
                fut.set_result("ok")
                task.cancel()

            loop.call_later(0.1, both)
            try:
                value = await task
                print(f"wait_for returned {value!r}")
            except asyncio.CancelledError:
                print(f"wait_for's task cancelled, the future's result is {fut.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <outcome>
        """
      And the program completes normally

      @since-3.8 @before-3.12
      Examples: 3.8 to 3.11
        | versions       | outcome                                                   |
        | 3.8 to 3.11    | wait_for returned 'ok'                                    |

      @since-3.12
      Examples: 3.12 and later
        | versions       | outcome                                                   |
        | 3.12 and later | wait_for's task cancelled, the future's result is 'ok'    |

      @before-3.8
      Examples: 3.6 and 3.7
        | versions       | outcome                                                   |
        | 3.6 and 3.7    | wait_for's task cancelled, the future's result is 'ok'    |
