@loop
Feature: From 3.14 asyncio.run() and Runner.run() take any awaitable
  asyncio.run(main) and Runner.run(main) run a coroutine to completion on a
  loop of their own. Up to 3.13 anything that was not a coroutine object was
  refused with ValueError, an awaitable object included. From 3.14 an
  awaitable that is not a coroutine is wrapped in one and run, and only
  something that cannot be awaited is refused, with TypeError.

  @rule-loop.run.accepts-awaitables @required
  Rule: From 3.14 asyncio.run() and Runner.run() run any awaitable and raise TypeError for what is not awaitable; before, they raise ValueError for anything but a coroutine.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    "Changed in version 3.14: coro can be any awaitable object." asyncio.run
    hands its argument to Runner.run, where the check is: runners.py of 3.14 wraps
    an awaitable in a coroutine that awaits it, and raises TypeError "An
    asyncio.Future, a coroutine or an awaitable is required" otherwise.

    # asyncio.run() exists from 3.7.
    @since-3.7 @before-3.14
    Scenario: Up to 3.13 asyncio.run() refuses an awaitable object and a number with ValueError
      Given the program:
        """python
        import asyncio

        class Answer:
            def __await__(self):
                yield from asyncio.sleep(0).__await__()
                return 42

        for label, argument in [("an awaitable", Answer()), ("42", 42)]:
            try:
                print(f"asyncio.run of {label}: {asyncio.run(argument)}")
            except (ValueError, TypeError) as e:
                print(f"asyncio.run of {label}: {type(e).__name__}")
        """
      Then the output is:
        """
        asyncio.run of an awaitable: ValueError
        asyncio.run of 42: ValueError
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 asyncio.run() runs an awaitable object and refuses a number with TypeError
      Given the program:
        """python
        import asyncio

        class Answer:
            def __await__(self):
                yield from asyncio.sleep(0).__await__()
                return 42

        for label, argument in [("an awaitable", Answer()), ("42", 42)]:
            try:
                print(f"asyncio.run of {label}: {asyncio.run(argument)}")
            except (ValueError, TypeError) as e:
                print(f"asyncio.run of {label}: {type(e).__name__}")
        """
      Then the output is:
        """
        asyncio.run of an awaitable: 42
        asyncio.run of 42: TypeError
        """
      And the program completes normally

    # asyncio.Runner exists from 3.11.
    @since-3.11 @before-3.14
    Scenario: Up to 3.13 Runner.run() refuses an awaitable object with ValueError
      Given the program:
        """python
        import asyncio

        class Answer:
            def __await__(self):
                yield from asyncio.sleep(0).__await__()
                return 42

        async def coro():
            return "coroutine"

        with asyncio.Runner() as runner:
            for label, argument in [("an awaitable", Answer()), ("a coroutine", coro()), ("42", 42)]:
                try:
                    print(f"Runner.run of {label}: {runner.run(argument)}")
                except (ValueError, TypeError) as e:
                    print(f"Runner.run of {label}: {type(e).__name__}")
        """
      Then the output is:
        """
        Runner.run of an awaitable: ValueError
        Runner.run of a coroutine: coroutine
        Runner.run of 42: ValueError
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 Runner.run() runs an awaitable object on the runner's loop
      Given the program:
        """python
        import asyncio

        class Answer:
            def __await__(self):
                yield from asyncio.sleep(0).__await__()
                return 42

        async def coro():
            return "coroutine"

        with asyncio.Runner() as runner:
            for label, argument in [("an awaitable", Answer()), ("a coroutine", coro()), ("42", 42)]:
                try:
                    print(f"Runner.run of {label}: {runner.run(argument)}")
                except (ValueError, TypeError) as e:
                    print(f"Runner.run of {label}: {type(e).__name__}")
        """
      Then the output is:
        """
        Runner.run of an awaitable: 42
        Runner.run of a coroutine: coroutine
        Runner.run of 42: TypeError
        """
      And the program completes normally
