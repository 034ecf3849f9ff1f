@loop
Feature: Exceptions the event loop cannot hand to anyone go to its exception handler
  An exception raised by a coroutine is stored in its task and re-raised to
  whoever awaits it. An exception raised by a plain callback has no such
  receiver: the loop catches it, passes a context dict describing it to the
  loop's exception handler, and goes on with the next callback. Done callbacks
  of futures are plain callbacks too.

  By default the handler logs the error (on stderr, outside this
  specification). loop.set_exception_handler installs a custom handler, called
  as handler(loop, context); the context always has a 'message' key, and for a
  failed callback also 'exception' and 'handle'. The message names the callback
  and, depending on the version and debug mode, its arguments and source
  location, so the scenarios below compare only its fixed part.

  @rule-loop.errors.callback-exception @required
  Rule: An exception in a callback goes to the loop's exception handler with message, exception and handle, and the loop carries on.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#error-handling-api
    The failing callback's exception does not escape the loop: the handler gets a
    context with the message, the exception and the callback's handle, and the
    callbacks queued after it still run.

    Scenario: The custom handler receives the exception and the handle; the next callbacks run
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: message is a str: {isinstance(context['message'], str)}")
            exc = context["exception"]
            print(f"handler: exception {type(exc).__name__}: {exc}")
            print(f"handler: handle is a Handle: {isinstance(context['handle'], asyncio.Handle)}")

        def failing():
            print("failing: raising")
            raise ValueError("broken callback")

        def healthy():
            print("healthy: runs")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            loop.call_soon(failing)
            loop.call_soon(healthy)
            await asyncio.sleep(0)
            print("main: carries on")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        failing: raising
        handler: message is a str: True
        handler: exception ValueError: broken callback
        handler: handle is a Handle: True
        healthy: runs
        main: carries on
        """
      And the program completes normally

    Scenario: With the default handler the failure is only logged and the loop carries on
      Given the program:
        """python
        import asyncio

        def failing():
            print("failing: raising")
            raise ValueError("broken callback")

        def healthy():
            print("healthy: runs")

        async def main():
            loop = asyncio.get_event_loop()
            loop.call_soon(failing)
            loop.call_soon(healthy)
            await asyncio.sleep(0)
            print("main: carries on")
            return "main result"

        loop = asyncio.new_event_loop()
        print(loop.run_until_complete(main()))
        """
      Then the output is:
        """
        failing: raising
        healthy: runs
        main: carries on
        main result
        """
      And the program completes normally

  @rule-loop.errors.callback-exception.wording @detail
  Rule: CPython's context for a failing callback has exactly the keys exception, handle and message, the message being 'Exception in callback' and the callback.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#error-handling-api
    Detail: message text and context keys: the handler's message and the exact set of context keys are asyncio's
    The documentation lists the keys a context may have and says new ones may
    come; the exact set and the message are CPython's.

    Scenario: The custom handler receives the exception and the handle; the next callbacks run
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: keys={sorted(context)}")
            print(f"handler: message starts {context['message'].split(' at ')[0]!r}")
            exc = context["exception"]
            print(f"handler: exception {type(exc).__name__}: {exc}")
            print(f"handler: handle is a Handle: {isinstance(context['handle'], asyncio.Handle)}")

        def failing():
            print("failing: raising")
            raise ValueError("broken callback")

        def healthy():
            print("healthy: runs")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            loop.call_soon(failing)
            loop.call_soon(healthy)
            await asyncio.sleep(0)
            print("main: carries on")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        failing: raising
        handler: keys=['exception', 'handle', 'message']
        handler: message starts 'Exception in callback failing()'
        handler: exception ValueError: broken callback
        handler: handle is a Handle: True
        healthy: runs
        main: carries on
        """
      And the program completes normally

  @rule-loop.errors.handler-registration @required
  Rule: get_exception_handler returns the handler installed with set_exception_handler, None for the default; a non-callable is rejected with TypeError.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler
    get_exception_handler returns the current custom handler, or None when the
    default one is in use. Setting None restores the default; anything that is
    neither callable nor None is rejected with TypeError.

    Scenario: The registered handler is returned until it is reset with None
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: {context['message']}")

        loop = asyncio.new_event_loop()
        print(f"initially: {loop.get_exception_handler()}")
        loop.set_exception_handler(handler)
        print(f"after set: {loop.get_exception_handler() is handler}")
        try:
            loop.set_exception_handler(42)
        except TypeError as e:
            print(f"set 42: {type(e).__name__}")
        print(f"still the handler: {loop.get_exception_handler() is handler}")
        loop.set_exception_handler(None)
        print(f"after reset: {loop.get_exception_handler()}")
        """
      Then the output is:
        """
        initially: None
        after set: True
        set 42: TypeError
        still the handler: True
        after reset: None
        """
      And the program completes normally

  @rule-loop.errors.handler-registration.wording @detail
  Rule: CPython's message for a non-callable exception handler: 'A callable object or None is expected, got 42'.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler
    Detail: message text: the TypeError's text is asyncio's
    The exception's type is the rule; its text is CPython's, which the
    documentation does not promise.

    Scenario: The registered handler is returned until it is reset with None
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: {context['message']}")

        loop = asyncio.new_event_loop()
        print(f"initially: {loop.get_exception_handler()}")
        loop.set_exception_handler(handler)
        print(f"after set: {loop.get_exception_handler() is handler}")
        try:
            loop.set_exception_handler(42)
        except TypeError as e:
            print(f"set 42: {type(e).__name__}: {e}")
        print(f"still the handler: {loop.get_exception_handler() is handler}")
        loop.set_exception_handler(None)
        print(f"after reset: {loop.get_exception_handler()}")
        """
      Then the output is:
        """
        initially: None
        after set: True
        set 42: TypeError: A callable object or None is expected, got 42
        still the handler: True
        after reset: None
        """
      And the program completes normally

  @rule-loop.errors.call-handler @required
  Rule: call_exception_handler passes the given context dict to the current exception handler.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_exception_handler
    Code can report an error the same way the loop does: the context dict, with
    a 'message' and any other keys, reaches the custom handler unchanged.

    Scenario: A custom context reaches the custom handler with its keys
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: keys={sorted(context)}")
            print(f"handler: message={context['message']!r} attempt={context['attempt']}")
            print(f"handler: exception {type(context['exception']).__name__}")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            loop.call_exception_handler({
                "message": "connection dropped",
                "exception": ConnectionError("peer went away"),
                "attempt": 3,
            })
            print("main: reported")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        handler: keys=['attempt', 'exception', 'message']
        handler: message='connection dropped' attempt=3
        handler: exception ConnectionError
        main: reported
        """
      And the program completes normally

  @rule-loop.errors.handler-failure @required
  Rule: An exception raised by the custom exception handler is contained and the loop carries on.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler
    If the custom handler fails, the loop logs that failure with the default
    handler and carries on with its callbacks.

    Scenario: A failing handler is contained
      Given the program:
        """python
        import asyncio

        def fragile_handler(loop, context):
            print("handler: called, raising")
            raise RuntimeError("the handler is broken too")

        def failing():
            print("failing: raising")
            raise ValueError("broken callback")

        def healthy():
            print("healthy: runs")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(fragile_handler)
            loop.call_soon(failing)
            loop.call_soon(healthy)
            await asyncio.sleep(0)
            loop.call_exception_handler({"message": "direct report"})
            print("main: carries on")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        failing: raising
        handler: called, raising
        healthy: runs
        handler: called, raising
        main: carries on
        """
      And the program completes normally

  @rule-loop.errors.done-callback-exception @required
  Rule: An exception in a future's done callback goes to the exception handler; the future and its other callbacks are unaffected.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback
    Done callbacks are scheduled with call_soon when the future completes, so a
    failing one is reported like any failing callback; the future's own outcome
    and the other done callbacks are unaffected.

    Scenario: A failing done callback is reported and the other done callbacks still run
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: message is a str: {isinstance(context['message'], str)}")
            exc = context["exception"]
            print(f"handler: exception {type(exc).__name__}: {exc}")

        def failing_callback(future):
            print(f"failing_callback: sees {future.result()!r}, raising")
            raise KeyError("no such entry")

        def other_callback(future):
            print(f"other_callback: sees {future.result()!r}")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            future = loop.create_future()
            future.add_done_callback(failing_callback)
            future.add_done_callback(other_callback)
            future.set_result("value")
            await asyncio.sleep(0)
            print(f"main: the future still holds {future.result()!r}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        failing_callback: sees 'value', raising
        handler: message is a str: True
        handler: exception KeyError: 'no such entry'
        other_callback: sees 'value'
        main: the future still holds 'value'
        """
      And the program completes normally

  @rule-loop.errors.done-callback-exception.wording @detail
  Rule: CPython's context for a failing done callback has exactly the keys exception, handle and message, the message starting 'Exception in callback'.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.add_done_callback
    Detail: message text and context keys: the handler's message and the exact set of context keys are asyncio's
    The exact keys and the message are CPython's.

    Scenario: A failing done callback is reported and the other done callbacks still run
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: keys={sorted(context)}")
            print(f"handler: message starts with 'Exception in callback': {context['message'].startswith('Exception in callback')}")
            exc = context["exception"]
            print(f"handler: exception {type(exc).__name__}: {exc}")

        def failing_callback(future):
            print(f"failing_callback: sees {future.result()!r}, raising")
            raise KeyError("no such entry")

        def other_callback(future):
            print(f"other_callback: sees {future.result()!r}")

        async def main():
            loop = asyncio.get_event_loop()
            loop.set_exception_handler(handler)
            future = loop.create_future()
            future.add_done_callback(failing_callback)
            future.add_done_callback(other_callback)
            future.set_result("value")
            await asyncio.sleep(0)
            print(f"main: the future still holds {future.result()!r}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        failing_callback: sees 'value', raising
        handler: keys=['exception', 'handle', 'message']
        handler: message starts with 'Exception in callback': True
        handler: exception KeyError: 'no such entry'
        other_callback: sees 'value'
        main: the future still holds 'value'
        """
      And the program completes normally

  @rule-loop.errors.run-shutdown @required
  Rule: A task that ends with an exception while asyncio.run cancels it at shutdown is reported to the exception handler.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    When a task cancelled during asyncio.run's shutdown ends with an exception
    other than CancelledError, nobody is left to await it: asyncio.run passes it
    to the loop's exception handler with the exception and the task.

    # asyncio.run is new in 3.7; on 3.6 the program raises AttributeError instead.
    @since-3.7
    Scenario: The handler hears about a task that raised instead of being cancelled
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: message is a str: {isinstance(context['message'], str)}")
            exc = context["exception"]
            print(f"handler: exception {type(exc).__name__}: {exc}")

        async def stubborn():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("stubborn: cancelled, raising ValueError instead")
                raise ValueError("refusing to go quietly")

        async def main():
            asyncio.get_running_loop().set_exception_handler(handler)
            asyncio.ensure_future(stubborn())
            await asyncio.sleep(0)
            return "main result"

        print(f"asyncio.run returned {asyncio.run(main())!r}")
        """
      Then the output is:
        """
        stubborn: cancelled, raising ValueError instead
        handler: message is a str: True
        handler: exception ValueError: refusing to go quietly
        asyncio.run returned 'main result'
        """
      And the program completes normally

  @rule-loop.errors.run-shutdown.wording @detail
  Rule: CPython's context for a task failing during asyncio.run's shutdown: keys exception, message and task, message 'unhandled exception during asyncio.run() shutdown'.
    Link: https://docs.python.org/3/library/asyncio-runner.html#asyncio.run
    Detail: message text and context keys: the handler's message and the exact set of context keys are asyncio's
    The exact keys and the message are CPython's.

    # asyncio.run is new in 3.7; on 3.6 the program raises AttributeError instead.
    @since-3.7
    Scenario: The handler hears about a task that raised instead of being cancelled
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: keys={sorted(context)}")
            print(f"handler: message={context['message']!r}")
            exc = context["exception"]
            print(f"handler: exception {type(exc).__name__}: {exc}")

        async def stubborn():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("stubborn: cancelled, raising ValueError instead")
                raise ValueError("refusing to go quietly")

        async def main():
            asyncio.get_running_loop().set_exception_handler(handler)
            asyncio.ensure_future(stubborn())
            await asyncio.sleep(0)
            return "main result"

        print(f"asyncio.run returned {asyncio.run(main())!r}")
        """
      Then the output is:
        """
        stubborn: cancelled, raising ValueError instead
        handler: keys=['exception', 'message', 'task']
        handler: message='unhandled exception during asyncio.run() shutdown'
        handler: exception ValueError: refusing to go quietly
        asyncio.run returned 'main result'
        """
      And the program completes normally
