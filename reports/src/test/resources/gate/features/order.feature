@test
Feature: Call order, for testing the gate
  A tiny specification that the broken test providers get wrong in known ways.

  @rule-test.order.call-soon-fifo @required
  Rule: Callbacks scheduled with call_soon run in the order they were scheduled.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon

    Scenario: Two callbacks run in the order they were scheduled
      Given the program:
        """python
        import asyncio

        def say(text):
            print(text)

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_soon(say, "first")
            loop.call_soon(say, "second")
            await asyncio.sleep(0)
            print("done")

        asyncio.get_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        first
        second
        done
        """
      And the program completes normally

  @rule-test.order.plain @required
  Rule: A coroutine run by run_until_complete runs to its end.
    Link: https://docs.python.org/3/library/asyncio-task.html#coroutines

    Scenario: A coroutine that sleeps once prints and ends
      Given the program:
        """python
        import asyncio

        async def main():
            await asyncio.sleep(0)
            print("plain")

        asyncio.get_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        plain
        """
      And the program completes normally

    @before-3.7
    Scenario: Only for old versions
      Given the program:
        """python
        print("old")
        """
      Then the output is:
        """
        old
        """
      And the program completes normally
