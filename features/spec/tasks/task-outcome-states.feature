@tasks
Feature: A task's outcome before it exists, and a coroutine that raises StopIteration
  A task answers result() and exception() only once it is done; before that
  both refuse with InvalidStateError, as a future's do. And what a task's
  coroutine raises becomes the task's exception, with one rewrite the language
  makes: a StopIteration escaping a coroutine becomes a RuntimeError.

  @rule-task.outcome.pending-invalid-state @required
  Rule: result() and exception() of a task that is not done raise InvalidStateError; once it is done they give its result and None.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.result
    "If the Task's result isn't yet available, this method raises an
    InvalidStateError exception."

    Scenario: A pending task refuses result() and exception()
      Given the program:
        """python
        import asyncio

        async def child():
            await asyncio.sleep(0)
            return 1

        async def main():
            task = asyncio.ensure_future(child())
            for label, method in [("result()", task.result), ("exception()", task.exception)]:
                try:
                    method()
                    print(f"{label} of a pending task returned")
                except asyncio.InvalidStateError:
                    print(f"{label} of a pending task: InvalidStateError")
            await asyncio.sleep(0)
            print(f"after its first step, done: {task.done()}")
            try:
                task.result()
            except asyncio.InvalidStateError:
                print("result() while it is suspended: InvalidStateError")
            await task
            print(f"after it finished: result() {task.result()}, exception() {task.exception()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        result() of a pending task: InvalidStateError
        exception() of a pending task: InvalidStateError
        after its first step, done: False
        result() while it is suspended: InvalidStateError
        after it finished: result() 1, exception() None
        """
      And the program completes normally

  @rule-task.outcome.stop-iteration-becomes-runtime-error @required
  Rule: A StopIteration raised inside a task's coroutine ends the task with a RuntimeError whose __cause__ is that StopIteration.
    Link: https://docs.python.org/3/library/exceptions.html#StopIteration
    "If a generator code directly or indirectly raises StopIteration, it is
    converted into a RuntimeError (retaining the StopIteration as the new
    exception's cause)" — coroutines do the same, and the task stores the
    RuntimeError like any other exception.

    Scenario: The task holds a RuntimeError caused by the StopIteration
      Given the program:
        """python
        import asyncio

        async def raises_stop():
            await asyncio.sleep(0)
            raise StopIteration("inside a coroutine")

        async def main():
            task = asyncio.ensure_future(raises_stop())
            try:
                await task
            except RuntimeError as e:
                print(f"awaiting it: RuntimeError caused by {type(e.__cause__).__name__}")
            print(f"the task's exception(): {type(task.exception()).__name__}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        awaiting it: RuntimeError caused by StopIteration
        the task's exception(): RuntimeError
        """
      And the program completes normally
