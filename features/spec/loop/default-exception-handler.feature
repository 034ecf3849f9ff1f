@loop
Feature: A custom exception handler can defer to the default one
  loop.default_exception_handler(context) is the loop's own handler. A custom
  handler installed with set_exception_handler may call it to have the error
  reported the default way (CPython logs it on stderr, which the specification
  does not compare). The default handler reports and returns: it never calls
  the custom handler back, and it raises nothing, so the loop carries on.

  @rule-loop.errors.default-handler-deferral @required
  Rule: loop.default_exception_handler(context) returns without calling the custom exception handler, whether a custom handler defers to it or code calls it directly.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.default_exception_handler
    "Default exception handler. This is called when an exception occurs and no exception handler is set. This
    can be called by a custom exception handler that wants to defer to the default handler behavior." A loop
    that routed it through call_exception_handler would call the custom handler again, without end.

    Scenario: A custom handler defers to the default one, which returns to it
      Given the program:
        """python
        import asyncio

        calls = []

        def custom(loop, context):
            calls.append(context["message"])
            print(f"custom handler: {type(context.get('exception')).__name__}, deferring to the default")
            loop.default_exception_handler(context)
            print("default handler returned")

        def failing():
            raise ValueError("boom")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(custom)
            loop.call_soon(failing)
            await asyncio.sleep(0.01)
            loop.default_exception_handler({"message": "direct call"})
            print(f"custom handler calls: {len(calls)}")
            loop.call_exception_handler({"message": "through the loop"})
            print(f"custom handler calls: {len(calls)}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        custom handler: ValueError, deferring to the default
        default handler returned
        custom handler calls: 1
        custom handler: NoneType, deferring to the default
        default handler returned
        custom handler calls: 2
        """
      And the program completes normally
