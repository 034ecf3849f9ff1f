@versions
Feature: From 3.10 the asyncio functions and primitives no longer take a loop argument
  Before 3.10 the high-level functions (sleep, gather, shield, wait_for, wait,
  as_completed) and the constructors of the synchronization primitives and
  queues took an optional loop= argument (deprecated from 3.8, which warns on
  stderr). Python 3.10 removed it: passing loop= raises TypeError, and the
  running loop is always used. The functions that name a loop on purpose keep
  it (ensure_future, run_coroutine_threadsafe, wrap_future, all_tasks,
  current_task, Future and Task); they are specified in their own features.

  @rule-versions.loop-argument.removed @required
  Rule: sleep, gather, shield, wait_for, wait, as_completed, Lock, Event, Condition, Semaphore, BoundedSemaphore and Queue accept loop= (the running loop) before 3.10 and raise TypeError for it from 3.10.
    Link: https://docs.python.org/3/whatsnew/3.10.html#removed
    What's New in 3.10, Removed: "The loop parameter has been removed from most of asyncio's high-level API
    following deprecation in Python 3.8." Each function's documentation says "Changed in version 3.10:
    Removed the loop parameter." The program passes the running loop, so before 3.10 the call works as
    without the argument; the TypeError is raised by the call, before anything is scheduled.

    Scenario Outline: <name> given loop=
      Given the program:
        """python
        import asyncio

        async def child():
            return "child"

        async def main():
            loop = asyncio.get_event_loop()
            done = loop.create_future()
            done.set_result("done")
            try:
                <use>
                print("<name>: accepted")
            except TypeError:
                print("<name>: TypeError")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        <name>: <outcome>
        """
      And the program completes normally

      @before-3.10
      Examples: Python 3.6 to 3.9
        | name             | use                                                       | outcome   |
        | sleep            | await asyncio.sleep(0, loop=loop)                         | accepted  |
        | gather           | await asyncio.gather(child(), loop=loop)                  | accepted  |
        | shield           | await asyncio.shield(child(), loop=loop)                  | accepted  |
        | wait_for         | await asyncio.wait_for(child(), 10, loop=loop)            | accepted  |
        | wait             | await asyncio.wait([done], loop=loop)                     | accepted  |
        | as_completed     | await next(iter(asyncio.as_completed([done], loop=loop))) | accepted  |
        | Lock             | asyncio.Lock(loop=loop)                                   | accepted  |
        | Event            | asyncio.Event(loop=loop)                                  | accepted  |
        | Condition        | asyncio.Condition(loop=loop)                              | accepted  |
        | Semaphore        | asyncio.Semaphore(loop=loop)                              | accepted  |
        | BoundedSemaphore | asyncio.BoundedSemaphore(loop=loop)                       | accepted  |
        | Queue            | asyncio.Queue(loop=loop)                                  | accepted  |

      @since-3.10
      Examples: Python 3.10 and later
        | name             | use                                                       | outcome   |
        | sleep            | await asyncio.sleep(0, loop=loop)                         | TypeError |
        | gather           | await asyncio.gather(child(), loop=loop)                  | TypeError |
        | shield           | await asyncio.shield(child(), loop=loop)                  | TypeError |
        | wait_for         | await asyncio.wait_for(child(), 10, loop=loop)            | TypeError |
        | wait             | await asyncio.wait([done], loop=loop)                     | TypeError |
        | as_completed     | await next(iter(asyncio.as_completed([done], loop=loop))) | TypeError |
        | Lock             | asyncio.Lock(loop=loop)                                   | TypeError |
        | Event            | asyncio.Event(loop=loop)                                  | TypeError |
        | Condition        | asyncio.Condition(loop=loop)                              | TypeError |
        | Semaphore        | asyncio.Semaphore(loop=loop)                              | TypeError |
        | BoundedSemaphore | asyncio.BoundedSemaphore(loop=loop)                       | TypeError |
        | Queue            | asyncio.Queue(loop=loop)                                  | TypeError |
