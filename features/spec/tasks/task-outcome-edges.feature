@tasks
Feature: A task's outcome at its edges: exception context, returned futures, its loop and its class
  A task hands its coroutine's outcome to whoever awaits it. These rules pin
  what that outcome looks like at the edges: the __context__ of an exception
  that crosses from a task into an awaiter that is handling another exception,
  a coroutine that returns a future instead of a value, the loop a task belongs
  to, and the Task class itself, which is a Future.

  @rule-task.outcome.exception-context @required
  Rule: From 3.9 an exception that an awaited task or future raises into an awaiter that is handling another exception gets that exception as __context__, as a coroutine's does; before 3.9 only a plain coroutine's did.
    Link: https://docs.python.org/3/library/exceptions.html#exception-context
    Python sets __context__ on an exception raised while another one is being
    handled. An exception that reaches the awaiter from a task or a future is
    raised at the await, inside the except block, so it gets the handled
    exception as its context from 3.9; 3.6 to 3.8 left it None for tasks and
    futures.

    Scenario Outline: Awaiting <awaited> inside an except block (<versions>)
      Given the program:
        """python
        import asyncio

        async def fail():
            raise ValueError("failed")

        async def fail_after_a_step():
            await asyncio.sleep(0)
            raise ValueError("failed")

        def failing_future():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            loop.call_soon(fut.set_exception, ValueError("failed"))
            return fut

        async def main():
            try:
                raise KeyError("being handled")
            except KeyError as handled:
                try:
                    await <expression>
                except ValueError as e:
                    print(f"ValueError caught, its __context__ is the handled KeyError: {e.__context__ is handled}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ValueError caught, its __context__ is the handled KeyError: <chained>
        """
      And the program completes normally

      Examples: A plain coroutine, every version
        | awaited     | expression | versions    | chained |
        | a coroutine | fail()     | all of them | True    |

      @before-3.9
      Examples: Tasks and futures before 3.9
        | awaited                       | expression                                 | versions   | chained |
        | a task failing in its 1st step | asyncio.ensure_future(fail())             | 3.6 to 3.8 | False   |
        | a task failing in a later step | asyncio.ensure_future(fail_after_a_step()) | 3.6 to 3.8 | False   |
        | a future given an exception    | failing_future()                           | 3.6 to 3.8 | False   |

      @since-3.9
      Examples: Tasks and futures from 3.9
        | awaited                       | expression                                 | versions      | chained |
        | a task failing in its 1st step | asyncio.ensure_future(fail())             | 3.9 and later | True    |
        | a task failing in a later step | asyncio.ensure_future(fail_after_a_step()) | 3.9 and later | True    |
        | a future given an exception    | failing_future()                           | 3.9 and later | True    |

  @rule-task.outcome.handled-exception-back @required
  Rule: A task that raises the very exception its awaiter is handling gives back that same object, whose __context__ never points to itself.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.exception
    The awaiter catches the identical object; chaining it to the exception being
    handled would make it its own context, which Python avoids.

    Scenario: The handled exception comes back from the task unchanged
      Given the program:
        """python
        import asyncio

        async def reraise(exc):
            raise exc

        async def main():
            try:
                raise KeyError("original")
            except KeyError as original:
                try:
                    await asyncio.ensure_future(reraise(original))
                except KeyError as e:
                    print(f"same object back: {e is original}")
                    print(f"its own context: {e.__context__ is e}")
                    print(f"__context__: {e.__context__!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        same object back: True
        its own context: False
        __context__: None
        """
      And the program completes normally

  @rule-task.outcome.returned-future @required
  Rule: A coroutine that returns a future ends its task with that future object as the result; the task does not await it.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.result
    The task's result is whatever the coroutine returned, a pending future
    included: it stays pending until someone gives it a result.

    Scenario: The task's result is the pending future its coroutine returned
      Given the program:
        """python
        import asyncio

        async def give(fut):
            return fut

        async def main():
            loop = asyncio.get_event_loop()
            fut = loop.create_future()
            task = asyncio.ensure_future(give(fut))
            result = await task
            print(f"the task's result is the future itself: {result is fut}")
            print(f"task done: {task.done()}, future still pending: {not fut.done()}")
            fut.set_result("later")
            value = await result
            print(f"the future's own result: {value!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        the task's result is the future itself: True
        task done: True, future still pending: True
        the future's own result: 'later'
        """
      And the program completes normally

  @rule-task.class.is-a-future @required
  Rule: asyncio.Task is a subclass of asyncio.Future: every task is a Future instance and asyncio.isfuture() is True for it, though not for the class.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    "A Future-like object that runs a Python coroutine." Task inherits from
    Future all of its API except set_result() and set_exception().

    Scenario: A task is a Future
      Given the program:
        """python
        import asyncio

        async def notmuch():
            return "ok"

        async def main():
            task = asyncio.ensure_future(notmuch())
            print(f"issubclass(Task, Future): {issubclass(asyncio.Task, asyncio.Future)}")
            print(f"isinstance(task, Future): {isinstance(task, asyncio.Future)}")
            print(f"isfuture(task): {asyncio.isfuture(task)}, isfuture(Task): {asyncio.isfuture(asyncio.Task)}")
            result = await task
            print(f"result: {result!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        issubclass(Task, Future): True
        isinstance(task, Future): True
        isfuture(task): True, isfuture(Task): False
        result: 'ok'
        """
      And the program completes normally

  @rule-task.class.loop-argument @required
  Rule: A task made for a given loop (Task(coro, loop=...), loop.create_task, ensure_future(coro, loop=...)) belongs to that loop: get_loop() (3.7+) returns it and its coroutine runs there.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.get_loop
    The task is bound to the loop it was made for, not to the current event
    loop; running that loop runs the task.

    @since-3.7
    Scenario Outline: A task made by <spawn> runs on that loop
      Given the program:
        """python
        import asyncio

        async def where():
            return asyncio.get_running_loop()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        other = asyncio.new_event_loop()
        task = <spawn>
        print(f"get_loop() is the given loop: {task.get_loop() is other}")
        ran_on = other.run_until_complete(task)
        print(f"its coroutine ran on it: {ran_on is other}")
        other.close()
        loop.close()
        """
      Then the output is:
        """
        get_loop() is the given loop: True
        its coroutine ran on it: True
        """
      And the program completes normally

      Examples:
        | spawn                                       |
        | asyncio.Task(where(), loop=other)           |
        | other.create_task(where())                  |
        | asyncio.ensure_future(where(), loop=other)  |

  @rule-task.ensure-future.loop-mismatch @required
  Rule: ensure_future(fut, loop=...) returns a future of that loop unchanged and raises ValueError for a future of another loop, which it leaves alone.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    A future is bound to its loop for good; ensure_future refuses to pretend it
    belongs to another one.

    Scenario: A future of another loop is refused, one of the given loop returned
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_event_loop()
            other = asyncio.new_event_loop()
            mine = loop.create_future()
            foreign = other.create_future()
            print(f"own loop: the same object back: {asyncio.ensure_future(mine, loop=loop) is mine}")
            try:
                asyncio.ensure_future(foreign, loop=loop)
            except ValueError:
                print("other loop: ValueError")
            print(f"the foreign future is untouched: done={foreign.done()}")
            other.close()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        own loop: the same object back: True
        other loop: ValueError
        the foreign future is untouched: done=False
        """
      And the program completes normally

  @rule-task.ensure-future.loop-mismatch-message @detail
  Rule: The ValueError for a future of another loop reads 'The future belongs to a different loop than the one specified as the loop argument' from 3.8, 'loop argument must agree with Future' before.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    Detail: message text: the ValueError's text is asyncio's, and changed in 3.8
    CPython's wording of the refusal.

    Scenario Outline: The refusal's wording (<versions>)
      Given the program:
        """python
        import asyncio

        async def main():
            other = asyncio.new_event_loop()
            try:
                asyncio.ensure_future(other.create_future(), loop=asyncio.get_event_loop())
            except ValueError as e:
                print(f"ValueError: {e}")
            other.close()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        ValueError: <message>
        """
      And the program completes normally

      @before-3.8
      Examples: Python 3.6 and 3.7
        | versions     | message                              |
        | 3.6 and 3.7  | loop argument must agree with Future |

      @since-3.8
      Examples: Python 3.8 and later
        | versions      | message                                                                     |
        | 3.8 and later | The future belongs to a different loop than the one specified as the loop argument |

  @rule-task.sleep.nan-refused @required
  Rule: From 3.13 asyncio.sleep() with a NaN delay raises ValueError at once instead of suspending.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep
    "Changed in version 3.13: Raises ValueError if delay is nan." Before 3.13
    it scheduled a timer with a NaN deadline, which compares false with every
    other deadline, so when it fired depended on the other timers.

    @since-3.13
    Scenario: sleep(nan) raises ValueError before suspending
      Given the program:
        """python
        import asyncio

        async def other():
            print("other task runs")

        async def main():
            asyncio.ensure_future(other())
            try:
                await asyncio.sleep(float("nan"))
                print("sleep(nan) returned")
            except ValueError:
                print("sleep(nan) raised ValueError")
            print("main goes on")
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        sleep(nan) raised ValueError
        main goes on
        other task runs
        """
      And the program completes normally
