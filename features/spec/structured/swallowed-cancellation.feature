@structured
Feature: Swallowing a cancellation breaks timeouts and task groups; uncancel() repairs it
  asyncio.timeout() and TaskGroup cancel the task running their block and
  recognise their own cancellation by counting: Task.cancelling() is the number
  of cancel() requests not yet taken back with uncancel(). A coroutine that
  catches CancelledError and carries on leaves its request counted. The
  documentation warns that structured concurrency then misbehaves, and tells
  code that truly means to suppress a cancellation to call uncancel() as well.
  These rules show both halves: what breaks, and that uncancel() repairs it.

  @rule-structured.swallowed.timeout-in-block @required
  Rule: A task that swallows an outside cancellation inside a timeout block without calling uncancel() makes the expiring timeout raise CancelledError instead of TimeoutError; calling uncancel() after swallowing it restores the TimeoutError.
    Link: https://docs.python.org/3/library/asyncio-task.html#task-cancellation
    On expiry the timeout takes back its own request and converts the
    CancelledError only if no other request is left. The swallowed request is
    still counted, so the timeout lets the CancelledError through; after
    uncancel() the count is back to what it was when the block was entered.

    @since-3.11
    Scenario Outline: The swallowed cancellation <repair>
      Given the program:
        """python
        import asyncio

        async def swallow_inside(repair):
            task = asyncio.current_task()
            try:
                async with asyncio.timeout(1.5) as cm:
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        print(f"body: swallowed a cancellation, cancelling()={task.cancelling()}")
                        if repair:
                            task.uncancel()
                    await asyncio.sleep(5)
                    print("body: unreachable")
            except TimeoutError:
                print(f"the block raised TimeoutError, expired()={cm.expired()}")
            except asyncio.CancelledError:
                print(f"the block raised CancelledError, expired()={cm.expired()}")
            print(f"cancelling()={task.cancelling()}")

        async def main():
            task = asyncio.create_task(swallow_inside(<repair flag>))
            await asyncio.sleep(0.1)
            task.cancel()
            await asyncio.wait([task])

        asyncio.run(main())
        """
      Then the output is:
        """
        body: swallowed a cancellation, cancelling()=1
        the block raised <raised>, expired()=True
        cancelling()=<after>
        """
      And the program completes normally

      Examples:
        | repair                            | repair flag | raised         | after |
        | is left counted                   | False       | CancelledError | 1     |
        | is taken back with uncancel()     | True        | TimeoutError   | 0     |

  @rule-structured.swallowed.timeout-own-cancellation @required
  Rule: A block that swallows the timeout's own CancelledError runs on to its end and is left without TimeoutError; expired() is True and the timeout has taken back its cancellation request.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    The timeout converts a CancelledError only when one leaves the block. If
    the body catches it and carries on, the deadline has passed (expired() is
    True) but the block ends normally; cancelling() is 0 again after it.

    @since-3.11
    Scenario: The body catches the timeout's CancelledError and carries on
      Given the program:
        """python
        import asyncio

        async def main():
            task = asyncio.current_task()
            try:
                async with asyncio.timeout(0.1) as cm:
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        print(f"body: caught the timeout's CancelledError, cancelling()={task.cancelling()}")
                    await asyncio.sleep(0)
                    print("body: carries on to the end of the block")
                print(f"left the block normally, expired()={cm.expired()}")
            except TimeoutError:
                print("TimeoutError")
            print(f"cancelling()={task.cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: caught the timeout's CancelledError, cancelling()=1
        body: carries on to the end of the block
        left the block normally, expired()=True
        cancelling()=0
        """
      And the program completes normally

  @rule-structured.swallowed.timeout-after @required
  Rule: A timeout entered after the task caught a cancellation of its own still raises TimeoutError when it expires, because it compares with the cancellation count it saw on entry; a new cancellation inside the block still surfaces as CancelledError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    Cleanup code in a finally block that runs after a caught cancellation can
    rely on a timeout: the timeout remembers cancelling() when it is entered and
    converts its own expiry even though an older request is still counted.

    @since-3.11
    Scenario Outline: After a caught cancellation, a timeout in the finally block <case>
      Given the program:
        """python
        import asyncio

        async def work(cancel_inside):
            task = asyncio.current_task()
            try:
                task.cancel()
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print(f"work: cancellation caught, cancelling()={task.cancelling()}")
            finally:
                try:
                    async with asyncio.timeout(<delay>):
                        if cancel_inside:
                            task.cancel()
                        await asyncio.sleep(5)
                except TimeoutError:
                    print("cleanup: TimeoutError")
                except asyncio.CancelledError:
                    print("cleanup: CancelledError")

        async def main():
            await asyncio.create_task(work(<cancel inside>))

        asyncio.run(main())
        """
      Then the output is:
        """
        work: cancellation caught, cancelling()=1
        cleanup: <raised>
        """
      And the program completes normally

      Examples:
        | case                                 | delay | cancel inside | raised         |
        | expires                              | 0.1   | False         | TimeoutError   |
        | is left by a new cancellation        | 5     | True          | CancelledError |

  @rule-structured.swallowed.taskgroup @required
  Rule: A task that swallowed an outside cancellation without uncancel() is still being cancelled when it runs a TaskGroup; from 3.13 a group that fails re-cancels such a task, so its next await after the ExceptionGroup raises CancelledError. After uncancel() the group leaves the task alone.
    Link: https://docs.python.org/3/library/asyncio-task.html#task-cancellation
    From Python 3.13 a failing TaskGroup treats a task whose cancelling() is
    above zero as cancelled from outside and re-cancels it after raising the
    ExceptionGroup. A swallowed request looks exactly like that. Python 3.11
    and 3.12 do not re-cancel, and the swallowed request simply stays counted.
    Calling uncancel() after swallowing the cancellation avoids both.

    @since-3.11
    Scenario Outline: A failing group after a swallowed cancellation that <repair> (<versions>)
      Given the program:
        """python
        import asyncio

        async def fail():
            await asyncio.sleep(0.1)
            raise ValueError("child failed")

        async def runner(repair):
            task = asyncio.current_task()
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("runner: swallowed the cancellation")
                if repair:
                    task.uncancel()
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(fail())
                    await asyncio.sleep(5)
            except* ValueError:
                print(f"runner: except* ValueError, cancelling()={task.cancelling()}")
            try:
                await asyncio.sleep(0.1)
                print("runner: the next await ran through")
            except asyncio.CancelledError:
                print("runner: the next await raised CancelledError")
                raise

        async def main():
            task = asyncio.create_task(runner(<repair flag>))
            await asyncio.sleep(0.1)
            task.cancel()
            await asyncio.wait([task])
            print(f"main: task cancelled()={task.cancelled()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        runner: swallowed the cancellation
        runner: except* ValueError, cancelling()=<count>
        runner: the next await <next await>
        main: task cancelled()=<cancelled>
        """
      And the program completes normally

      @since-3.13
      Examples: 3.13 and later
        | repair                  | versions       | repair flag | count | next await              | cancelled |
        | is left counted         | 3.13 and later | False       | 1     | raised CancelledError   | True      |

      @since-3.11 @before-3.13
      Examples: 3.11 and 3.12
        | repair                  | versions       | repair flag | count | next await              | cancelled |
        | is left counted         | 3.11 and 3.12  | False       | 1     | ran through             | False     |

      Examples: every version
        | repair                  | versions       | repair flag | count | next await              | cancelled |
        | is taken back           | 3.11 and later | True        | 0     | ran through             | False     |
