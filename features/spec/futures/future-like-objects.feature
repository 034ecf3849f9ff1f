@futures
Feature: Future-like objects: what asyncio takes for a future without being one
  asyncio does not require its own Future class. An object is a future for asyncio
  when its class has the attribute _asyncio_future_blocking and the object's value
  of it is not None (asyncio.isfuture). Such a Future-like object is returned
  unchanged by ensure_future, taken as it is by wait, wait_for, gather and
  run_until_complete, and a task that awaits it (through its __await__, which sets
  the flag and yields the object) registers a done callback on it and sleeps until
  the object calls that callback; cancelling the task calls the object's cancel().
  Everything happens through the object's own methods (get_loop, done, cancelled,
  result, exception, add_done_callback, remove_done_callback, cancel).

  The programs share one such class, Ready: a small future written in Python whose
  complete() sets a value (or an exception) and schedules its callbacks with
  call_soon, as asyncio.Future does.

  @rule-future.future-like.isfuture @required
  Rule: isfuture() is true for a Future, a Task and an object whose class has _asyncio_future_blocking with a value other than None; false for anything else, classes included.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.isfuture
    "Return True if obj is either of: an instance of asyncio.Future, an instance
    of asyncio.Task, a Future-like object with a _asyncio_future_blocking
    attribute."

    Scenario: A Future-like object is a future; one whose flag is None is not
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        class NotAFuture:
            _asyncio_future_blocking = None


        async def job():
            return None


        async def main():
            loop = asyncio.get_event_loop()
            coro = job()
            task = loop.create_task(job())
            for label, obj in [("a Future", loop.create_future()), ("a Task", task),
                               ("a Future-like object", Ready(loop)),
                               ("an object whose _asyncio_future_blocking is None", NotAFuture()),
                               ("a coroutine", coro), ("the class Future", asyncio.Future), ("a string", "future")]:
                print(f"isfuture({label}): {asyncio.isfuture(obj)}")
            coro.close()
            await task

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        isfuture(a Future): True
        isfuture(a Task): True
        isfuture(a Future-like object): True
        isfuture(an object whose _asyncio_future_blocking is None): False
        isfuture(a coroutine): False
        isfuture(the class Future): False
        isfuture(a string): False
        """
      And the program completes normally

  @rule-future.future-like.awaited-by-a-task @required
  Rule: ensure_future returns a Future-like object unchanged, and a task that awaits it stays suspended until the object runs its done callbacks, then resumes with the object's result or exception.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    "obj argument is returned as is, if obj is a Future, a Task, or a Future-like
    object (isfuture() is used for the test.)" A task waits for it as for a
    future: loop iterations pass without resuming the task until the object
    calls the callback the task registered.

    Scenario: Awaiting a Future-like object in a task
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def waiter(fut):
            print("waiter: awaits the future-like object")
            value = await fut
            print(f"waiter: resumed with {value!r}")
            return value


        async def failing(fut):
            try:
                await fut
            except ValueError as e:
                print(f"failing: the await raised ValueError({e})")


        async def main():
            loop = asyncio.get_event_loop()
            fut = Ready(loop)
            print(f"ensure_future returns it unchanged: {asyncio.ensure_future(fut) is fut}")
            task = loop.create_task(waiter(fut))
            for i in range(3):
                await asyncio.sleep(0)
            print(f"after three loop iterations the waiter is still pending: {not task.done()}")
            fut.complete("value")
            value = await task
            print(f"main: the task gives {value!r}")
            bad = Ready(loop)
            other = loop.create_task(failing(bad))
            await asyncio.sleep(0)
            bad.complete(ValueError("bad"))
            await other

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        ensure_future returns it unchanged: True
        waiter: awaits the future-like object
        after three loop iterations the waiter is still pending: True
        waiter: resumed with 'value'
        main: the task gives 'value'
        failing: the await raised ValueError(bad)
        """
      And the program completes normally

  @rule-future.future-like.taken-by-combinators @required
  Rule: wait, wait_for, shield, as_completed and (3.7+) gather and run_until_complete take a Future-like object as it is and report its outcome.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.ensure_future
    The combinators take their awaitables through ensure_future, so the object
    itself is what they wait on: wait() returns it in its done set. CPython 3.6's
    gather and run_until_complete read private attributes of asyncio's Future
    (_exception, and run_until_complete never returns), so those two are
    specified from 3.7.

    Scenario: wait and wait_for of a Future-like object
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def job(label):
            await asyncio.sleep(0)
            return label


        async def main():
            loop = asyncio.get_event_loop()
            second = Ready(loop)
            loop.call_soon(second.complete, "second")
            done, pending = await asyncio.wait([second])
            print(f"wait: the object itself is done: {done == {second}}, pending: {len(pending)}")
            third = Ready(loop)
            loop.call_soon(third.complete, "third")
            value = await asyncio.wait_for(third, 10)
            print(f"wait_for: {value}")
            return "main"

        loop = asyncio.new_event_loop()
        print(f"run_until_complete: {loop.run_until_complete(main())}")
        loop.close()
        """
      Then the output is:
        """
        wait: the object itself is done: True, pending: 0
        wait_for: third
        run_until_complete: main
        """
      And the program completes normally

    @since-3.7
    Scenario: gather and run_until_complete of a Future-like object
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def job(label):
            await asyncio.sleep(0)
            return label


        async def main():
            loop = asyncio.get_running_loop()
            first = Ready(loop)
            loop.call_soon(first.complete, "first")
            values = await asyncio.gather(first, job("coroutine"))
            print(f"gather: {values}")
            failed = Ready(loop)
            loop.call_soon(failed.complete, ValueError("bad"))
            values = await asyncio.gather(failed, job("coroutine"), return_exceptions=True)
            print(f"gather(return_exceptions=True): {[type(v).__name__ for v in values]}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        fourth = Ready(loop)
        loop.call_soon(fourth.complete, "fourth")
        print(f"run_until_complete of the object: {loop.run_until_complete(fourth)}")
        loop.close()
        """
      Then the output is:
        """
        gather: ['first', 'coroutine']
        gather(return_exceptions=True): ['ValueError', 'str']
        run_until_complete of the object: fourth
        """
      And the program completes normally

    Scenario: shield and as_completed of Future-like objects
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def main():
            loop = asyncio.get_event_loop()
            first = Ready(loop)
            loop.call_soon(first.complete, "shielded")
            value = await asyncio.shield(first)
            print(f"shield: {value}")
            second = Ready(loop)
            third = Ready(loop)
            loop.call_soon(third.complete, "third")
            loop.call_later(0.05, second.complete, "second")
            for next_done in asyncio.as_completed([second, third]):
                value = await next_done
                print(f"as_completed: {value}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        shield: shielded
        as_completed: third
        as_completed: second
        """
      And the program completes normally

  @rule-future.future-like.cancelled-with-its-task @required
  Rule: Cancelling a task that awaits a Future-like object calls the object's cancel() (with the cancel message from 3.9); the task ends cancelled once the object is.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    "If the Task object is waiting on a Future, the Future is cancelled": the task
    cancels what it waits on through its cancel() method; the CancelledError
    reaches the task's coroutine when the object reports itself cancelled.

    Scenario: task.cancel() cancels the awaited Future-like object
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def waiter(fut):
            try:
                await fut
            except asyncio.CancelledError:
                print("waiter: CancelledError at the await")
                raise


        async def main():
            loop = asyncio.get_event_loop()
            fut = Ready(loop)
            task = loop.create_task(waiter(fut))
            await asyncio.sleep(0)
            print(f"task.cancel(): {task.cancel()}")
            print(f"the object is cancelled at once: {fut.cancelled()}")
            try:
                await task
            except asyncio.CancelledError:
                print(f"the task ends cancelled: {task.cancelled()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        the future-like object's cancel() is called with None
        task.cancel(): True
        the object is cancelled at once: True
        waiter: CancelledError at the await
        the task ends cancelled: True
        """
      And the program completes normally

    @since-3.9
    Scenario: The cancel message reaches the Future-like object's cancel()
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def waiter(fut):
            await fut


        async def main():
            loop = asyncio.get_running_loop()
            fut = Ready(loop)
            task = loop.create_task(waiter(fut))
            await asyncio.sleep(0)
            task.cancel("stop")
            try:
                await task
            except asyncio.CancelledError:
                print(f"the task ends cancelled: {task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        the future-like object's cancel() is called with 'stop'
        the task ends cancelled: True
        """
      And the program completes normally

  @rule-future.future-like.task-protocol @detail
  Rule: CPython's task resets the object's _asyncio_future_blocking to False before calling its add_done_callback, and calls its result() when woken, before the object's __await__ reads the result itself.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.isfuture
    Detail: order: which methods of the object CPython's task calls, and when, is its implementation (Task.__step, Task.__wakeup)
    Which methods a task calls, and in which order, is CPython's implementation
    (Task.__step and Task.__wakeup), not documented.

    Scenario: The calls a task makes on the Future-like object it waits for
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        class Traced(Ready):
            def add_done_callback(self, fn, context=None):
                print(f"add_done_callback() while the flag is {self._asyncio_future_blocking}")
                super().add_done_callback(fn, context)

            def result(self):
                print("result()")
                return super().result()


        async def waiter(fut):
            value = await fut
            print(f"waiter: resumed with {value!r}")


        async def main():
            loop = asyncio.get_event_loop()
            fut = Traced(loop)
            task = loop.create_task(waiter(fut))
            await asyncio.sleep(0)
            print(f"the task reset the flag: {fut._asyncio_future_blocking}")
            fut.complete("value")
            await task

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        add_done_callback() while the flag is False
        the task reset the flag: False
        result()
        result()
        waiter: resumed with 'value'
        """
      And the program completes normally

  @rule-future.future-like.refused-yields @detail
  Rule: CPython's task throws RuntimeError into a coroutine that yields a Future-like object whose flag is False (not through its __await__) or that belongs to another loop.
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.isfuture
    Detail: exception type: the documentation does not say how a task refuses such a yield
    The exception type is CPython's choice; its messages name reprs.

    Scenario: Future-like objects a task refuses
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def direct(fut):
            await Direct(fut)


        class Direct:
            def __init__(self, fut):
                self.fut = fut

            def __await__(self):
                yield self.fut


        async def foreign(fut):
            await fut


        async def main():
            loop = asyncio.get_event_loop()
            other = asyncio.new_event_loop()
            for label, coro in [("yielded without its __await__", direct(Ready(loop))),
                                ("bound to another loop", foreign(Ready(other)))]:
                task = loop.create_task(coro)
                try:
                    await task
                except RuntimeError:
                    print(f"a future-like object {label}: RuntimeError in the task")
            other.close()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        a future-like object yielded without its __await__: RuntimeError in the task
        a future-like object bound to another loop: RuntimeError in the task
        """
      And the program completes normally

  @rule-future.future-like.wrap-future-unchanged @detail
  Rule: CPython's wrap_future returns a Future-like object unchanged, as it returns any future (isfuture).
    Link: https://docs.python.org/3/library/asyncio-future.html#asyncio.wrap_future
    Detail: identity: wrap_future is documented for concurrent futures; returning a future unchanged is CPython's shortcut
    The documentation describes wrap_future for concurrent.futures.Future objects
    only; what it does with a future is CPython's choice.

    Scenario: wrap_future of a Future-like object
      Given the program:
        """python
        import asyncio

        class Ready:
            _asyncio_future_blocking = False

            def __init__(self, loop):
                self._loop = loop
                self._callbacks = []
                self._state = "pending"
                self._value = None

            def get_loop(self):
                return self._loop

            def done(self):
                return self._state != "pending"

            def cancelled(self):
                return self._state == "cancelled"

            def add_done_callback(self, fn, context=None):
                self._callbacks.append(fn)

            def remove_done_callback(self, fn):
                self._callbacks.remove(fn)
                return 1

            def result(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                if isinstance(self._value, BaseException):
                    raise self._value
                return self._value

            def exception(self):
                if self._state == "cancelled":
                    raise asyncio.CancelledError()
                return self._value if isinstance(self._value, BaseException) else None

            def cancel(self, msg=None):
                if self._state != "pending":
                    return False
                print(f"the future-like object's cancel() is called with {msg!r}")
                self._finish("cancelled", None)
                return True

            def complete(self, value):
                self._finish("finished", value)

            def _finish(self, state, value):
                self._state = state
                self._value = value
                for fn in self._callbacks:
                    self._loop.call_soon(fn, self)

            def __await__(self):
                if not self.done():
                    self._asyncio_future_blocking = True
                    yield self
                return self.result()


        async def main():
            loop = asyncio.get_event_loop()
            fut = Ready(loop)
            print(f"wrap_future returns it unchanged: {asyncio.wrap_future(fut) is fut}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        wrap_future returns it unchanged: True
        """
      And the program completes normally
