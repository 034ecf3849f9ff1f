@tasks
Feature: A cancelled coroutine decides how its task ends
  When a started task is cancelled, CancelledError is raised inside its coroutine
  at the await where it is suspended, and from there it behaves like any other
  exception: it unwinds through the coroutines on the await chain, runs their
  finally blocks, and can be caught. The task ends the way its coroutine ends:
  cancelled if CancelledError escapes it, normally with a result if the
  coroutine suppresses the exception and returns, or with another exception if
  the coroutine raises one instead.

  The asyncio documentation advises re-raising CancelledError after handling it;
  otherwise the cancellation is silently lost, which is easy to miss when the
  handler sits in a helper coroutine several awaits below the task.

  @rule-task.cancel.suppressed @required
  Rule: A coroutine that catches CancelledError and returns ends its task normally with its return value.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    A coroutine may deny the cancellation by catching CancelledError and not
    re-raising it; unlike Future.cancel(), Task.cancel() then does not cancel the task.

    Scenario: A task that swallows CancelledError returns its value and is not cancelled
      Given the program:
        """python
        import asyncio

        async def stubborn(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("stubborn: ignoring the cancellation")
            return "still here"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(stubborn(queue))
            await asyncio.sleep(0)
            task.cancel()
            value = await task
            print(f"value={value!r} cancelled={task.cancelled()} result={task.result()!r}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        stubborn: ignoring the cancellation
        value='still here' cancelled=False result='still here'
        """
      And the program completes normally

    Scenario: After swallowing the cancellation the task keeps running and awaiting
      Given the program:
        """python
        import asyncio

        async def stubborn(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("stubborn: cancelled once, carrying on")
            await asyncio.sleep(0)
            print("stubborn: slept after the cancellation")
            item = await queue.get()
            print(f"stubborn: got {item}")
            return item

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(stubborn(queue))
            await asyncio.sleep(0)
            task.cancel()
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print("main: putting an item")
            queue.put_nowait("late item")
            value = await task
            print(f"main: task returned {value!r}, cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        stubborn: cancelled once, carrying on
        stubborn: slept after the cancellation
        main: putting an item
        stubborn: got late item
        main: task returned 'late item', cancelled=False
        """
      And the program completes normally

  @rule-task.cancel.reraised @required
  Rule: Re-raising CancelledError ends the task cancelled, and its awaiter receives CancelledError.
    Link: https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError
    CancelledError can be caught to perform custom operations when a task is
    cancelled; re-raising it lets the task end cancelled, and anyone awaiting the
    task gets CancelledError.

    Scenario: A handler that re-raises leaves the task cancelled
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("worker: releasing resources")
                raise
            return "unreachable"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
                print("main: no exception")
            except asyncio.CancelledError:
                print("main: awaiting the task raised CancelledError")
            print(f"main: cancelled={task.cancelled()} done={task.done()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        worker: releasing resources
        main: awaiting the task raised CancelledError
        main: cancelled=True done=True
        """
      And the program completes normally

    Scenario: A re-raised cancellation that nobody catches escapes run_until_complete
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("worker: releasing resources")
                raise

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            await task
            print("main: unreachable")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        print("module: unreachable")
        """
      Then the output is:
        """
        worker: releasing resources
        """
      And the program raises CancelledError

  @rule-task.cancel.replaced @required
  Rule: Raising another exception while handling CancelledError ends the task with that exception.
    Link: https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError
    A different exception raised by the handler replaces the cancellation: the task
    ends with that exception and is not cancelled.

    Scenario: Raising another exception from the handler ends the task with that exception
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                raise ValueError("cancelled while waiting")

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except ValueError as e:
                print(f"main: caught {type(e).__name__}: {e}")
            print(f"main: cancelled={task.cancelled()} done={task.done()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: caught ValueError: cancelled while waiting
        main: cancelled=False done=True
        """
      And the program completes normally

  @rule-task.cancel.finally-propagates @required
  Rule: finally blocks on the await chain run innermost first and the cancellation keeps propagating.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    A try/finally cleans up without stopping the CancelledError; every finally on
    the await chain runs, innermost first, and the task ends cancelled.

    Scenario: The finally block runs and the task still ends cancelled
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            print("worker: acquiring")
            try:
                await queue.get()
                print("worker: unreachable")
            finally:
                print("worker: releasing")
            print("worker: after finally, unreachable")

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: task cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        worker: acquiring
        worker: releasing
        main: task cancelled=True
        """
      And the program completes normally

    Scenario: The finally blocks of nested helper coroutines run innermost first
      Given the program:
        """python
        import asyncio

        async def inner(queue):
            try:
                await queue.get()
            finally:
                print("inner: finally")

        async def middle(queue):
            try:
                await inner(queue)
                print("middle: unreachable")
            finally:
                print("middle: finally")

        async def outer(queue):
            try:
                await middle(queue)
            finally:
                print("outer: finally")

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(outer(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print("main: task cancelled")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        inner: finally
        middle: finally
        outer: finally
        main: task cancelled
        """
      And the program completes normally

  @rule-task.cancel.hidden-by-helper @required
  Rule: An awaited helper coroutine that suppresses CancelledError hides the cancellation from the task that awaited it.
    Link: https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError
    An awaited coroutine is not a task: CancelledError is raised in the innermost
    coroutine of the await chain and travels outwards only as far as nobody catches it.

    Scenario: The calling task never learns about a cancellation its helper swallowed
      Given the program:
        """python
        import asyncio

        async def fetch(queue):
            try:
                return await queue.get()
            except asyncio.CancelledError:
                print("fetch: swallowing CancelledError")
                return None

        async def worker(queue):
            try:
                item = await fetch(queue)
                print(f"worker: fetch returned {item!r}, carrying on")
            except asyncio.CancelledError:
                print("worker: unreachable")
            return "worker finished"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            value = await task
            print(f"main: {value!r}, cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        fetch: swallowing CancelledError
        worker: fetch returned None, carrying on
        main: 'worker finished', cancelled=False
        """
      And the program completes normally

  @rule-task.cancel.through-helper @required
  Rule: An awaited helper coroutine that re-raises CancelledError passes the cancellation on to its caller.
    Link: https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError
    The cancellation reaches the caller only through the helper: re-raising it lets
    it travel further out along the await chain.

    Scenario: A helper that re-raises passes the cancellation on to its caller
      Given the program:
        """python
        import asyncio

        async def fetch(queue):
            try:
                return await queue.get()
            except asyncio.CancelledError:
                print("fetch: cleaning up, re-raising")
                raise

        async def worker(queue):
            try:
                item = await fetch(queue)
                print("worker: unreachable")
            except asyncio.CancelledError:
                print("worker: saw the cancellation too")
                raise

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        fetch: cleaning up, re-raising
        worker: saw the cancellation too
        main: cancelled=True
        """
      And the program completes normally

  @rule-task.cancel.propagates-to-awaited @required
  Rule: Cancelling a task that awaits another task cancels the awaited task first, then the awaiting one.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    If the coroutine is awaiting a future (here: another task) when it is cancelled,
    that future is cancelled as well; the CancelledError then reaches the outer
    task through its await.

    Scenario: The inner task sees the cancellation first, then the outer task
      Given the program:
        """python
        import asyncio

        async def inner(queue):
            try:
                await queue.get()
            except asyncio.CancelledError:
                print("inner: cancelled")
                raise

        async def outer(queue):
            child = asyncio.ensure_future(inner(queue))
            try:
                await child
            except asyncio.CancelledError:
                print(f"outer: cancelled, child.cancelled()={child.cancelled()}")
                raise

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(outer(queue))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print(f"main: outer cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        inner: cancelled
        outer: cancelled, child.cancelled()=True
        main: outer cancelled=True
        """
      And the program completes normally

  @rule-task.cancel.exception-hierarchy @required
  Rule: CancelledError is an Exception before Python 3.8 and a BaseException only from 3.8.
    Link: https://docs.python.org/3/library/asyncio-exceptions.html#asyncio.CancelledError
    Since 3.8 asyncio.CancelledError derives from BaseException rather than Exception,
    so a broad `except Exception` no longer swallows cancellations.

    Scenario Outline: Where CancelledError sits in the exception hierarchy
      Given the program:
        """python
        import asyncio

        print(f"Exception: {issubclass(asyncio.CancelledError, Exception)}")
        print(f"BaseException: {issubclass(asyncio.CancelledError, BaseException)}")
        """
      Then the output is:
        """
        Exception: <is_exception>
        BaseException: True
        """
      And the program completes normally

      @before-3.8
      Examples: Python 3.6 and 3.7
        | is_exception |
        | True         |

      @since-3.8
      Examples: Python 3.8 and later
        | is_exception |
        | False        |

    # On 3.8+ the same program ends cancelled (see the next scenario).
    @before-3.8
    Scenario: Before 3.8 a broad except Exception swallows the cancellation
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            try:
                await queue.get()
            except Exception as e:
                print(f"worker: except Exception caught {type(e).__name__}")
            return "swallowed"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                value = await task
                print(f"main: task returned {value!r}")
            except asyncio.CancelledError:
                print("main: task was cancelled")
            print(f"main: cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        worker: except Exception caught CancelledError
        main: task returned 'swallowed'
        main: cancelled=False
        """
      And the program completes normally

    # On 3.6/3.7 the same program swallows the cancellation (see the previous scenario).
    @since-3.8
    Scenario: Since 3.8 a broad except Exception lets the cancellation through
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            try:
                await queue.get()
            except Exception as e:
                print(f"worker: except Exception caught {type(e).__name__}")
            return "swallowed"

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(worker(queue))
            await asyncio.sleep(0)
            task.cancel()
            try:
                value = await task
                print(f"main: task returned {value!r}")
            except asyncio.CancelledError:
                print("main: task was cancelled")
            print(f"main: cancelled={task.cancelled()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: task was cancelled
        main: cancelled=True
        """
      And the program completes normally
