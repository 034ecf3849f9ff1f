@fuzzed
Feature: Programs found by the differential fuzzer
  Each scenario here started as a generated program on which an implementation
  differed from CPython (tck fuzz, docs/fuzzing.md), shrunk, then written out
  by hand with the same behaviour and proven on every CPython its tags cover.

  @rule-fuzzed.cancel-message.kept-when-the-coroutine-returns @required
  Rule: A task whose cancel(msg) was requested while it ran, and whose coroutine then returns without awaiting again, ends cancelled with that message: result(), gather() and gather(return_exceptions=True) all give CancelledError(msg).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel
    The cancellation is delivered when the coroutine stops: the task ends
    cancelled, not with the returned value, and the message it was cancelled
    with stays on it (the task calls Future.cancel(msg) with it). Found by the
    fuzzer: the reference's gather(return_exceptions=True) gave
    CancelledError('') there.

    @since-3.9
    Scenario: A task cancels itself and returns; gather with and without return_exceptions and result() report the message
      Given the program:
        """python
        import asyncio


        async def cancels_itself_then_returns():
            asyncio.current_task().cancel("stop")
            print("returning without another await")
            return "value"


        async def main():
            t = asyncio.ensure_future(cancels_itself_then_returns())
            await asyncio.sleep(0)
            print("cancelled:", t.cancelled())
            rs = await asyncio.gather(t, return_exceptions=True)
            print("gather gave:", type(rs[0]).__name__, rs[0].args)
            try:
                t.result()
            except asyncio.CancelledError as e:
                print("result() raised:", type(e).__name__, e.args)
            try:
                await asyncio.gather(t)
            except asyncio.CancelledError as e:
                print("gather without return_exceptions raised:", type(e).__name__, e.args)


        asyncio.run(main())
        """
      Then the output is:
        """
        returning without another await
        cancelled: True
        gather gave: CancelledError ('stop',)
        result() raised: CancelledError ('stop',)
        gather without return_exceptions raised: CancelledError ('stop',)
        """
      And the program completes normally

  @rule-fuzzed.cancel-message.gather-cancelled-while-its-child-fails @required
  Rule: A gather that is cancelled with a message, whose last child then ends with an exception instead of being cancelled, raises CancelledError carrying that message, even with return_exceptions=True.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    Cancelling the task that awaits gather() cancels the gather, which asks each
    child to cancel with the same message; a child that is running at that moment
    may still end with its own exception. Once every child is done, the cancelled
    gather raises the CancelledError its last child would build, which carries the
    message that child was asked to cancel with (its _cancel_message), cancelled or
    not. Found by the fuzzer (seed 1012020): the reference gave CancelledError()
    without the message there.

    @since-3.9
    Scenario: A child cancels the task that gathers it, with a message, then raises
      Given the program:
        """python
        import asyncio


        async def child(parent):
            print("child cancels its parent:", parent.cancel("from the child"))
            raise ValueError("the child fails")


        async def parent_body():
            c = asyncio.ensure_future(child(asyncio.current_task()))
            try:
                await asyncio.gather(c, return_exceptions=True)
            except asyncio.CancelledError as e:
                print("the parent's await of gather raised:", type(e).__name__, e.args)
                print("the child was cancelled:", c.cancelled(), "and raised:", repr(c.exception()))
                raise


        async def main():
            p = asyncio.ensure_future(parent_body())
            try:
                await p
            except asyncio.CancelledError:
                print("the parent ended cancelled:", p.cancelled())


        asyncio.run(main())
        """
      Then the output is:
        """
        child cancels its parent: True
        the parent's await of gather raised: CancelledError ('from the child',)
        the child was cancelled: False and raised: ValueError('the child fails')
        the parent ended cancelled: True
        """
      And the program completes normally
