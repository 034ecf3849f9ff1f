@loop
Feature: get_event_loop() with no current loop: an implicit loop up to 3.13, RuntimeError from 3.14
  Outside a running loop, asyncio.get_event_loop() returns the current loop of
  the thread, the one set with set_event_loop(). When a program has set none,
  CPython up to 3.13 made a loop on the spot and set it as current (3.12 and
  3.13 also warn with a DeprecationWarning, on stderr, which the specification
  does not compare); 3.14 removed that implicit creation: get_event_loop()
  raises RuntimeError, as it always did once the current loop had been set to
  None or asyncio.run() had finished.

  @rule-loop.get-event-loop.no-current-loop @required
  Rule: With no loop running and none set, get_event_loop() creates a loop and sets it as current before 3.14, and raises RuntimeError from 3.14; after asyncio.run() it raises RuntimeError on every version.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_event_loop
    "Changed in version 3.14: Raises a RuntimeError if there is no current
    event loop." Before, the policy's get_event_loop() made a new loop in the
    main thread the first time it was asked, unless set_event_loop() had been
    called (asyncio.run() calls it, and sets None when it ends).

    @before-3.14
    Scenario: Up to 3.13 the first get_event_loop() makes a loop and keeps it as the current one
      Given the program:
        """python
        import asyncio

        try:
            loop = asyncio.get_event_loop()
            print(f"get_event_loop made a loop: running={loop.is_running()}, closed={loop.is_closed()}")
            print(f"and keeps it as the current loop: {asyncio.get_event_loop() is loop}")
            loop.close()
        except RuntimeError as e:
            print(f"get_event_loop: {type(e).__name__}")
        """
      Then the output is:
        """
        get_event_loop made a loop: running=False, closed=False
        and keeps it as the current loop: True
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 get_event_loop() with no current loop raises RuntimeError
      Given the program:
        """python
        import asyncio

        try:
            loop = asyncio.get_event_loop()
            print(f"get_event_loop made a loop: running={loop.is_running()}, closed={loop.is_closed()}")
            print(f"and keeps it as the current loop: {asyncio.get_event_loop() is loop}")
            loop.close()
        except RuntimeError as e:
            print(f"get_event_loop: {type(e).__name__}")
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        print(f"after set_event_loop it returns that loop: {asyncio.get_event_loop() is loop}")
        loop.close()
        """
      Then the output is:
        """
        get_event_loop: RuntimeError
        after set_event_loop it returns that loop: True
        """
      And the program completes normally

    # asyncio.run() exists from 3.7.
    @since-3.7
    Scenario: After asyncio.run() has finished, get_event_loop() raises RuntimeError
      Given the program:
        """python
        import asyncio

        async def main():
            return asyncio.get_event_loop()

        ran_on = asyncio.run(main())
        print(f"asyncio.run's loop is closed: {ran_on.is_closed()}")
        try:
            loop = asyncio.get_event_loop()
            print(f"get_event_loop gave a new loop: {loop is not ran_on}")
            loop.close()
        except RuntimeError as e:
            print(f"get_event_loop: {type(e).__name__}")
        """
      Then the output is:
        """
        asyncio.run's loop is closed: True
        get_event_loop: RuntimeError
        """
      And the program completes normally

  @rule-loop.get-event-loop.no-current-loop.wording @detail
  Rule: CPython's message when get_event_loop() has no loop to return: "There is no current event loop in thread 'MainThread'."
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_event_loop
    The policy's message names the thread; the same text from 3.14 with no
    loop set at all, and on every version after asyncio.run().

    @since-3.14
    Scenario: The message from 3.14 with no loop set
      Given the program:
        """python
        import asyncio

        try:
            asyncio.get_event_loop()
        except RuntimeError as e:
            print(f"RuntimeError: {e}")
        """
      Then the output is:
        """
        RuntimeError: There is no current event loop in thread 'MainThread'.
        """
      And the program completes normally

    # asyncio.run() exists from 3.7.
    @since-3.7
    Scenario: The message after asyncio.run()
      Given the program:
        """python
        import asyncio

        async def main():
            return "ran"

        print(asyncio.run(main()))
        try:
            asyncio.get_event_loop()
        except RuntimeError as e:
            print(f"RuntimeError: {e}")
        """
      Then the output is:
        """
        ran
        RuntimeError: There is no current event loop in thread 'MainThread'.
        """
      And the program completes normally
