@combinators
Feature: From 3.14 a shielded task that fails after its shield was cancelled is reported
  shield(aw) protects aw from the cancellation of the outer future it returns.
  When that outer future is cancelled and the shielded task fails later, nobody
  waits for the failure any more. Up to 3.13 shield() marked the failure as
  retrieved and nothing was reported; from 3.14 it passes the failure to the
  loop's exception handler, "<Name> exception in shielded future" (tasks.py of
  3.14, _log_on_exception, gh-134331). Once the shield is cancelled the report
  is made whenever the task fails, even if the program retrieves the failure
  itself (CPython issue gh-156321), so the scenarios retrieve it only after
  the report. Proven on the oracles this project runs, CPython 3.14.2 and
  3.15.0rc1. Later patch releases fixed gh-156321 (test_asyncio of 3.14.10 and
  3.15.2 asserts that the handler is not called and that the failure can still
  be retrieved): on them the 3.14+ scenarios print otherwise, and the rule has to
  follow once an oracle of those releases runs here (docs/cpython-tests-trace.md).

  @rule-shield.cancelled-outer.late-failure-reported @detail
  Rule: When the future shield() returned was cancelled and the shielded task then fails, 3.14 calls the loop's exception handler with "<Name> exception in shielded future"; up to 3.13 nothing is reported.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    Detail: message text and version: whether and with which message the handler hears of the late failure is CPython's choice, new in 3.14
    The documentation of shield() says nothing of reporting; which failures
    reach the exception handler, and with what message, is CPython's choice.

    @before-3.14
    Scenario: Up to 3.13 the late failure of a shielded task reaches no handler
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: {context['message']}; exception {type(context['exception']).__name__}")

        async def fails():
            await asyncio.sleep(0.05)
            raise ValueError("late failure")

        async def main():
            asyncio.get_event_loop().set_exception_handler(handler)
            inner = asyncio.ensure_future(fails())
            outer = asyncio.shield(inner)
            await asyncio.sleep(0)
            outer.cancel()
            try:
                await outer
            except asyncio.CancelledError:
                print("the shield is cancelled")
            await asyncio.sleep(1.2)
            print(f"the shielded task failed: {type(inner.exception()).__name__}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        the shield is cancelled
        the shielded task failed: ValueError
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 the late failure of a shielded task goes to the exception handler
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: {context['message']}; exception {type(context['exception']).__name__}")

        async def fails():
            await asyncio.sleep(0.05)
            raise ValueError("late failure")

        async def main():
            asyncio.get_event_loop().set_exception_handler(handler)
            inner = asyncio.ensure_future(fails())
            outer = asyncio.shield(inner)
            await asyncio.sleep(0)
            outer.cancel()
            try:
                await outer
            except asyncio.CancelledError:
                print("the shield is cancelled")
            await asyncio.sleep(1.2)
            print(f"the shielded task failed: {type(inner.exception()).__name__}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        the shield is cancelled
        handler: ValueError exception in shielded future; exception ValueError
        the shielded task failed: ValueError
        """
      And the program completes normally

  @rule-shield.cancelled-outer.late-result-silent @required
  Rule: When the future shield() returned was cancelled and the shielded task then ends with a result, nothing reaches the loop's exception handler, in every version; the task's result stays readable.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.shield
    The shield's cancellation does not touch the shielded task: it runs on and
    its result is an ordinary outcome, not an error, so the report that 3.14
    makes for a late failure (the rule above) never applies to it (CPython's
    test_shield_cancel_outer_result).

    Scenario: A shielded task that finishes after its shield was cancelled is not reported
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: {context['message']}")

        async def finishes():
            await asyncio.sleep(0.05)
            return "late result"

        async def main():
            inner = asyncio.ensure_future(finishes())
            outer = asyncio.shield(inner)
            await asyncio.sleep(0)
            outer.cancel()
            try:
                await outer
            except asyncio.CancelledError:
                print("the shield is cancelled")
            print(f"the shielded task is cancelled: {inner.cancelled()}")
            await asyncio.sleep(1.2)
            print(f"the shielded task's result: {inner.result()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.set_exception_handler(handler)
        loop.run_until_complete(main())
        loop.close()
        print("the handler was not called")
        """
      Then the output is:
        """
        the shield is cancelled
        the shielded task is cancelled: False
        the shielded task's result: late result
        the handler was not called
        """
      And the program completes normally
