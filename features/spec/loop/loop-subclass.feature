@loop
Feature: A program's subclass of the event loop class
  asyncio.SelectorEventLoop (from 3.13 also named asyncio.EventLoop) is a class
  a program may subclass. asyncio's own code calls some of the loop's methods
  through the loop object, so a subclass's override of them is honoured where
  asyncio calls them: run_until_complete() and ensure_future() make their tasks
  with the loop's create_task(), and the loop reports an error to its own
  default_exception_handler() when no handler is set. The instance is the loop
  for asyncio: get_event_loop() inside it returns the instance.

  @rule-loop.subclass.create-task-override @required
  Rule: A subclass's create_task() override makes the tasks asyncio makes on that loop: run_until_complete(coro), ensure_future(coro) inside it and ensure_future(coro, loop=loop) call it and return what it returns, and get_event_loop() inside the running loop is the subclass instance.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.create_task
    "Third-party event loops can use their own subclass of Task for
    interoperability. In this case, the result type is a subclass of Task."
    asyncio reaches that subclass through the loop object: tasks.py's
    ensure_future calls loop.create_task(coro), and run_until_complete wraps a
    coroutine with ensure_future(coro, loop=self) (base_events.py, 3.6-3.15).

    Scenario: run_until_complete and ensure_future make their tasks through the override
      Given the program:
        """python
        import asyncio


        class LoopTask(asyncio.Task):
            pass


        class TaskMakingLoop(asyncio.SelectorEventLoop):
            def create_task(self, coro, **kwargs):
                print("the loop's create_task is called")
                return LoopTask(coro, loop=self)


        async def work():
            return "work done"


        async def main():
            print(f"get_event_loop() is the subclass instance: {asyncio.get_event_loop() is loop}")
            task = asyncio.ensure_future(work())
            print(f"ensure_future(coro) returned a {type(task).__name__}")
            print(await task)
            other = asyncio.ensure_future(work(), loop=loop)
            print(f"ensure_future(coro, loop=loop) returned a {type(other).__name__}")
            print(await other)
            return "main done"


        loop = TaskMakingLoop()
        asyncio.set_event_loop(loop)
        print(loop.run_until_complete(main()))
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        the loop's create_task is called
        get_event_loop() is the subclass instance: True
        the loop's create_task is called
        ensure_future(coro) returned a LoopTask
        work done
        the loop's create_task is called
        ensure_future(coro, loop=loop) returned a LoopTask
        work done
        main done
        """
      And the program completes normally

  @rule-loop.subclass.default-exception-handler-override @required
  Rule: With no exception handler set, the loop passes every error it reports (a callback's exception, a call_exception_handler() call) to its own default_exception_handler(), a subclass's override included.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.default_exception_handler
    "Default exception handler. This is called when an exception occurs and
    no exception handler is set." base_events.py calls
    self.default_exception_handler(context), so the subclass's method is the
    one called.

    Scenario: A callback's error and a reported context reach the override
      Given the program:
        """python
        import asyncio


        class ReportingLoop(asyncio.SelectorEventLoop):
            def default_exception_handler(self, context):
                print(f"the subclass's default_exception_handler gets {type(context['exception']).__name__}")


        def failing_callback():
            raise ZeroDivisionError("from the callback")


        async def main():
            loop.call_soon(failing_callback)
            await asyncio.sleep(0.01)
            print("the loop runs on")


        loop = ReportingLoop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.call_exception_handler({"message": "reported by the program", "exception": KeyError("by hand")})
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        the subclass's default_exception_handler gets ZeroDivisionError
        the loop runs on
        the subclass's default_exception_handler gets KeyError
        """
      And the program completes normally

  @rule-loop.subclass.default-exception-handler-override.failures @detail
  Rule: CPython's handling of failing handlers: when the set handler raises, the loop calls its default_exception_handler() with message 'Unhandled error in exception handler', the handler's exception and the original context under 'context'; an exception from default_exception_handler() itself is logged and the loop runs on.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_exception_handler
    Detail: context keys: the report of a failing handler (its message and its 'context' key) is base_events.py's own; the documented context keys do not include it

    Scenario: A failing custom handler is reported to the failing override, and the loop contains both failures
      Given the program:
        """python
        import asyncio


        class ReportingLoop(asyncio.SelectorEventLoop):
            def default_exception_handler(self, context):
                original = context.get("context")
                if original is None:
                    print(f"default_exception_handler: exception {type(context['exception']).__name__}")
                else:
                    print(f"default_exception_handler: {context['message']!r}, exception {type(context['exception']).__name__}")
                    print(f"  under 'context', the original context: exception {type(original['exception']).__name__}")
                raise ValueError("the default handler fails too")


        def failing_callback():
            raise ZeroDivisionError("from the callback")


        def failing_handler(loop, context):
            print(f"the custom handler gets exception {type(context['exception']).__name__}, and fails")
            raise KeyError("from the custom handler")


        async def main():
            loop.call_soon(failing_callback)
            await asyncio.sleep(0.01)
            print("the loop runs on after the default handler failed")
            loop.set_exception_handler(failing_handler)
            loop.call_soon(failing_callback)
            await asyncio.sleep(0.01)
            print("the loop runs on after both handlers failed")


        loop = ReportingLoop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        default_exception_handler: exception ZeroDivisionError
        the loop runs on after the default handler failed
        the custom handler gets exception ZeroDivisionError, and fails
        default_exception_handler: 'Unhandled error in exception handler', exception KeyError
          under 'context', the original context: exception ZeroDivisionError
        the loop runs on after both handlers failed
        """
      And the program completes normally
