@combinators
Feature: gather, shield and as_completed called outside a running loop use the current event loop
  Called where no loop is running, gather(), shield() and as_completed() take
  the loop from asyncio.get_event_loop(): the one set with set_event_loop().
  The future they return belongs to that loop and run_until_complete() of it
  gives the result. With no current loop (set_event_loop(None)) they raise
  RuntimeError.

  @rule-combinators.no-running-loop.current-loop @required
  Rule: Outside a running loop, gather(), shield() and as_completed() bind to the loop set with set_event_loop(), and run_until_complete() of what they return gives the result.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    What they return belongs to the current event loop: run_until_complete()
    on that loop accepts it (a future of another loop would be refused).

    Scenario Outline: <call> before the loop runs
      Given the program:
        """python
        import asyncio

        async def coro():
            return 42

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        awaitable = <call>
        print(f"<call>: {loop.run_until_complete(awaitable)}")
        loop.close()
        """
      Then the output is:
        """
        <call>: <result>
        """
      And the program completes normally

      Examples:
        | call                                  | result   |
        | asyncio.gather()                      | []       |
        | asyncio.gather(coro(), coro())        | [42, 42] |
        | asyncio.shield(coro())                | 42       |
        | list(asyncio.as_completed([coro()]))[0] | 42     |

  @rule-combinators.no-running-loop.no-current-loop @required
  Rule: Outside a running loop and with no current loop (after set_event_loop(None)), gather(), shield() and as_completed() raise RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_event_loop
    They ask asyncio.get_event_loop() for a loop, which raises RuntimeError
    once the current loop has been set to None.

    Scenario Outline: <call> with no current loop
      Given the program:
        """python
        import asyncio

        async def coro():
            return 42

        asyncio.set_event_loop(None)
        coros = []

        def make():
            c = coro()
            coros.append(c)
            return c

        try:
            <call>
            print("<call>: accepted")
        except RuntimeError:
            print("<call>: RuntimeError")
        for c in coros:
            c.close()
        """
      Then the output is:
        """
        <call>: RuntimeError
        """
      And the program completes normally

      Examples:
        | call                                  |
        | asyncio.gather()                      |
        | asyncio.gather(make(), make())        |
        | asyncio.shield(make())                |
        | list(asyncio.as_completed([make()]))  |
