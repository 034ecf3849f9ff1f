@loop
Feature: A refused nested run leaves the running loop in place
  Running a second event loop from code that a loop is running fails with
  RuntimeError (loop.run.one-loop-per-thread). CPython's test of 3.14 adds
  that the failure must not disturb the loop that is running: afterwards
  get_running_loop() still returns it and the program goes on. CPython 3.13.0
  cleared the running loop on that path (the program above ends with
  "RuntimeError: no running event loop" there); a later 3.13 patch release
  restored the old behaviour, so 3.13's answer depends on the patch release
  and is left out.

  @rule-loop.run.refused-nested-run-keeps-running-loop @required
  Rule: When running another loop inside a running one is refused with RuntimeError, the running loop stays the running loop: get_running_loop() returns it and its tasks go on (3.13 left out: 3.13.0 cleared it).
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_running_loop

    @since-3.7 @before-3.13
    Scenario: Up to 3.12 a refused run_forever() of a second loop leaves the running loop in place
      Given the program:
        """python
        import asyncio

        async def main():
            running = asyncio.get_running_loop()
            other = asyncio.new_event_loop()
            try:
                other.run_forever()
            except RuntimeError:
                print("run_forever of a second loop: RuntimeError")
            finally:
                other.close()
            print(f"get_running_loop() is still the running loop: {asyncio.get_running_loop() is running}")
            await asyncio.sleep(0)
            print("the running loop goes on")

        asyncio.run(main())
        """
      Then the output is:
        """
        run_forever of a second loop: RuntimeError
        get_running_loop() is still the running loop: True
        the running loop goes on
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 a refused run_forever() of a second loop leaves the running loop in place
      Given the program:
        """python
        import asyncio

        async def main():
            running = asyncio.get_running_loop()
            other = asyncio.new_event_loop()
            try:
                other.run_forever()
            except RuntimeError:
                print("run_forever of a second loop: RuntimeError")
            finally:
                other.close()
            print(f"get_running_loop() is still the running loop: {asyncio.get_running_loop() is running}")
            await asyncio.sleep(0)
            print("the running loop goes on")

        asyncio.run(main())
        """
      Then the output is:
        """
        run_forever of a second loop: RuntimeError
        get_running_loop() is still the running loop: True
        the running loop goes on
        """
      And the program completes normally
