@combinators
Feature: gather at its edges: a late cancel, futures of other loops, and arguments that are not awaitable
  gather(*aws) returns a future that aggregates its children. It belongs to the
  loop of its children; it refuses children of different loops and arguments
  that cannot be awaited; and once every child is done, cancelling it is too
  late.

  @rule-gather.cancel.children-done @required
  Rule: cancel() on a gather whose children are all done returns False; the gather is not cancelled and ends with the children's results.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    cancel() cancels the children that are not done. When none is left, the
    gather cannot be cancelled any more, even if its own result is set only in
    a later step.

    Scenario: A done callback of the only child's future cancels the gather
      Given the program:
        """python
        import asyncio

        async def main():
            fut = asyncio.get_event_loop().create_future()

            async def child():
                return await fut

            gathering = asyncio.gather(child())
            answers = []
            fut.add_done_callback(lambda f: answers.append(gathering.cancel()))
            await asyncio.sleep(0)
            fut.set_result(42)
            value = await gathering
            print(f"cancel() returned {answers[0]}; gather cancelled={gathering.cancelled()}, result={value}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is empty
      And the program raises CancelledError

  @rule-gather.loops.one-loop @required
  Rule: gather() of futures that belong to different loops raises ValueError; gather() of another loop's futures belongs to that loop, except that from 3.14, called while a loop runs, it takes the running loop and refuses them with ValueError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    The aggregating future is created on the loop of its children, which must
    all share one loop. Up to 3.13 gather() takes that loop from its first
    child. From 3.14 it starts from the running loop, when there is one
    (events._get_running_loop(), which it also needs to record the awaiting
    task for call-graph introspection), and ensure_future() refuses a future of
    another loop with ValueError; with no loop running it still takes the
    first child's loop.

    Scenario: Futures of two loops are refused
      Given the program:
        """python
        import asyncio

        async def main():
            other = asyncio.new_event_loop()
            mine = asyncio.get_event_loop().create_future()
            theirs = other.create_future()
            try:
                asyncio.gather(mine, theirs)
                print("gather accepted them")
            except ValueError:
                print("futures of two loops: ValueError")
            mine.cancel()
            theirs.cancel()
            other.close()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        futures of two loops: ValueError
        """
      And the program completes normally

    # get_loop() exists from 3.7; from 3.14 the gather below raises ValueError (next scenario).
    @since-3.7 @before-3.14
    Scenario: gather() of another loop's futures belongs to that loop
      Given the program:
        """python
        import asyncio

        async def main():
            other = asyncio.new_event_loop()
            children = [other.create_future(), other.create_future()]
            gathering = asyncio.gather(*children)
            print(f"the gather's loop is the children's: {gathering.get_loop() is other}")
            print(f"not the running loop: {gathering.get_loop() is not asyncio.get_running_loop()}")
            return other, children, gathering

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        other, children, gathering = loop.run_until_complete(main())
        for i, child in enumerate(children):
            child.set_result(i)
        print(f"run on its own loop: {other.run_until_complete(gathering)}")
        other.close()
        """
      Then the output is:
        """
        the gather's loop is the children's: True
        not the running loop: True
        run on its own loop: [0, 1]
        """
      And the program completes normally

    # Up to 3.13 this gather is accepted (it belongs to the other loop, as above).
    @since-3.14
    Scenario: From 3.14 gather() in a running loop refuses another loop's futures
      Given the program:
        """python
        import asyncio

        async def main():
            other = asyncio.new_event_loop()
            children = [other.create_future(), other.create_future()]
            try:
                asyncio.gather(*children)
                print("gather accepted them")
            except ValueError:
                print("another loop's futures, in a running loop: ValueError")
            for child in children:
                child.cancel()
            other.close()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        another loop's futures, in a running loop: ValueError
        """
      And the program completes normally

    # get_loop() exists from 3.7.
    @since-3.7
    Scenario: With no loop running, gather() of another loop's futures belongs to that loop
      Given the program:
        """python
        import asyncio

        other = asyncio.new_event_loop()
        children = [other.create_future(), other.create_future()]
        gathering = asyncio.gather(*children)
        print(f"the gather's loop is the children's: {gathering.get_loop() is other}")
        for i, child in enumerate(children):
            child.set_result(i)
        print(f"run on its own loop: {other.run_until_complete(gathering)}")
        other.close()
        """
      Then the output is:
        """
        the gather's loop is the children's: True
        run on its own loop: [0, 1]
        """
      And the program completes normally

  @rule-gather.not-awaitable.type-error @required
  Rule: gather() raises TypeError for an argument that is not awaitable, and from 3.9 it leaves no failing callback behind.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.gather
    The arguments before the bad one may already have been wrapped in tasks;
    they run, but nothing reaches the loop's exception handler. 3.7 and 3.8
    report a failing callback of the half-built gather to the handler, with
    CPython file paths in the message; they are left out.

    Scenario Outline: gather(coro, {}) (<versions>)
      Given the program:
        """python
        import asyncio

        def handler(loop, context):
            print(f"handler: {context['message']}")

        async def work():
            return "work"

        async def main():
            asyncio.get_event_loop().set_exception_handler(handler)
            try:
                asyncio.gather(work(), {})
                print("gather accepted it")
            except TypeError:
                print("gather(coro, {}): TypeError")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print("main: done")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        gather(coro, {}): TypeError
        main: done
        """
      And the program completes normally

      @since-3.9
      Examples: 3.9 and later
        | versions      |
        | 3.9 and later |

      @before-3.7
      Examples: 3.6
        | versions      |
        | 3.6           |
