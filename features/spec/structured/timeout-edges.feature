@structured
Feature: asyncio.timeout at its edges: past deadlines, busy loops, foreign exceptions and misuse
  asyncio.timeout() and asyncio.timeout_at() cancel the task running their
  block when the deadline passes and turn the resulting CancelledError into
  TimeoutError at the end of the block. These rules cover what happens around
  that core: deadlines that have already passed, deadlines that pass while the
  loop is blocked, exceptions other than CancelledError leaving the block,
  timeouts nested in cleanup code, and a Timeout used the wrong way.

  @rule-structured.timeout.past-deadline @required
  Rule: A timeout whose deadline has already passed (a delay of zero or less) still lets the block start; its first await is cancelled and the block raises TimeoutError, even for sleep(0).
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    The deadline is loop.time() plus the delay, taken when the block is
    entered; when() returns it. A deadline in the past is due at once, so the
    first await of the block, even `await asyncio.sleep(0)`, is cancelled.

    @since-3.11
    Scenario Outline: timeout(<delay>) around sleep(<sleep>)
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            before = loop.time()
            try:
                async with asyncio.timeout(<delay>) as cm:
                    print("body: started")
                    await asyncio.sleep(<sleep>)
                    print("body: unreachable")
            except TimeoutError:
                after = loop.time()
                if cm.when() < before:
                    where = "before the block was entered"
                elif cm.when() <= after:
                    where = "while the block ran"
                else:
                    where = "after the block"
                print(f"TimeoutError, expired()={cm.expired()}, when() lies {where}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: started
        TimeoutError, expired()=True, when() lies <where>
        """
      And the program completes normally

      Examples:
        | delay | sleep | where                        |
        | 0     | 10    | while the block ran          |
        | 0     | 0     | while the block ran          |
        | -11   | 0     | before the block was entered |

  @rule-structured.timeout.foreign-exception @required
  Rule: An exception other than CancelledError raised in a timeout block before its deadline passes through the timeout unchanged; expired() stays False.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    The timeout only converts its own cancellation; any other exception leaves
    the block as it is, and the deadline is dropped.

    @since-3.11
    Scenario: A KeyError leaves the block unchanged
      Given the program:
        """python
        import asyncio

        async def main():
            try:
                async with asyncio.timeout(1) as cm:
                    await asyncio.sleep(0)
                    raise KeyError("foreign")
            except KeyError as e:
                print(f"KeyError passes through: {e!r}, expired()={cm.expired()}")
            await asyncio.sleep(1.2)
            print("the dropped deadline cancels nothing later")

        asyncio.run(main())
        """
      Then the output is:
        """
        KeyError passes through: KeyError('foreign'), expired()=False
        the dropped deadline cancels nothing later
        """
      And the program completes normally

  @rule-structured.timeout.exception-while-expiring @required
  Rule: An exception other than CancelledError that the block raises while the timeout's cancellation unwinds it leaves the block instead of TimeoutError; expired() is True.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    The timeout converts only a CancelledError into TimeoutError. Code that
    raises another exception while it is being cancelled (a failing cleanup in
    a finally block) replaces the CancelledError, and that exception escapes
    the block.

    @since-3.11
    Scenario: A cleanup that raises ZeroDivisionError while the timeout cancels it
      Given the program:
        """python
        import asyncio

        async def crash_on_cancel():
            try:
                await asyncio.sleep(5)
            finally:
                1 / 0

        async def main():
            try:
                async with asyncio.timeout(0.1) as cm:
                    await crash_on_cancel()
            except TimeoutError:
                print("TimeoutError")
            except ZeroDivisionError:
                print(f"ZeroDivisionError escapes, expired()={cm.expired()}")
            print(f"cancelling()={asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        ZeroDivisionError escapes, expired()=True
        cancelling()=0
        """
      And the program completes normally

  @rule-structured.timeout.exception-chain @detail
  Rule: The TimeoutError of an expired block has the CancelledError as __cause__; from 3.13 an exception that replaces the CancelledError gets that TimeoutError inserted into its __context__ chain, where 3.11 and 3.12 show the bare CancelledError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    Detail: exception chaining: the __cause__ and __context__ links are how CPython raises the TimeoutError (changed in 3.13)
    The chains are printed as "type -cause-> type" (raise ... from) and
    "type -context-> type" (raised while handling). Python 3.13 inserts the
    TimeoutError, caused by the CancelledError, where the chain reached the
    timeout's CancelledError, so a failing cleanup still tells that a timeout
    happened.

    @since-3.11
    Scenario: The TimeoutError of a block whose finally awaited after 1/0
      Given the program:
        """python
        import asyncio

        def chain(e):
            parts = []
            while e is not None:
                parts.append(type(e).__name__)
                if e.__cause__ is not None:
                    e = e.__cause__
                    parts.append("-cause->")
                elif e.__context__ is not None:
                    e = e.__context__
                    parts.append("-context->")
                else:
                    e = None
            return " ".join(parts)

        async def main():
            try:
                async with asyncio.timeout(0.1):
                    try:
                        1 / 0
                    finally:
                        await asyncio.sleep(5)
            except TimeoutError as e:
                print(chain(e))
                print(f"__context__ is __cause__: {e.__context__ is e.__cause__}")

        asyncio.run(main())
        """
      Then the output is:
        """
        TimeoutError -cause-> CancelledError -context-> ZeroDivisionError
        __context__ is __cause__: True
        """
      And the program completes normally

    Scenario Outline: A cleanup raising during the timeout's cancellation (<versions>)
      Given the program:
        """python
        import asyncio

        def chain(e):
            parts = []
            while e is not None:
                parts.append(type(e).__name__)
                if e.__cause__ is not None:
                    e = e.__cause__
                    parts.append("-cause->")
                elif e.__context__ is not None:
                    e = e.__context__
                    parts.append("-context->")
                else:
                    e = None
            return " ".join(parts)

        async def crash_on_cancel():
            try:
                await asyncio.sleep(5)
            finally:
                1 / 0

        async def main():
            try:
                async with asyncio.timeout(0.1):
                    await crash_on_cancel()
            except ZeroDivisionError as e:
                print(chain(e))

        asyncio.run(main())
        """
      Then the output is:
        """
        <chain>
        """
      And the program completes normally

      @since-3.13
      Examples: 3.13 and later
        | versions       | chain                                                         |
        | 3.13 and later | ZeroDivisionError -context-> TimeoutError -cause-> CancelledError |

      @since-3.11 @before-3.13
      Examples: 3.11 and 3.12
        | versions       | chain                                                         |
        | 3.11 and 3.12  | ZeroDivisionError -context-> CancelledError                   |

    Scenario Outline: Nested finally blocks raising during the timeout's cancellation (<versions>)
      Given the program:
        """python
        import asyncio

        def chain(e):
            parts = []
            while e is not None:
                parts.append(type(e).__name__)
                if e.__cause__ is not None:
                    e = e.__cause__
                    parts.append("-cause->")
                elif e.__context__ is not None:
                    e = e.__context__
                    parts.append("-context->")
                else:
                    e = None
            return " ".join(parts)

        async def main():
            try:
                async with asyncio.timeout(0.1):
                    try:
                        try:
                            raise ValueError
                        finally:
                            await asyncio.sleep(5)
                    finally:
                        try:
                            raise KeyError
                        finally:
                            1 / 0
            except ZeroDivisionError as e:
                print(chain(e))

        asyncio.run(main())
        """
      Then the output is:
        """
        <chain>
        """
      And the program completes normally

      @since-3.13
      Examples: 3.13 and later
        | versions       | chain                                                                                        |
        | 3.13 and later | ZeroDivisionError -context-> KeyError -context-> TimeoutError -cause-> CancelledError -context-> ValueError |

      @since-3.11 @before-3.13
      Examples: 3.11 and 3.12
        | versions       | chain                                                                                        |
        | 3.11 and 3.12  | ZeroDivisionError -context-> KeyError -context-> CancelledError -context-> ValueError          |

    Scenario Outline: A timeout around a TaskGroup whose child fails in its cleanup (<versions>)
      Given the program:
        """python
        import asyncio

        def chain(e):
            parts = []
            while e is not None:
                parts.append(type(e).__name__)
                if e.__cause__ is not None:
                    e = e.__cause__
                    parts.append("-cause->")
                elif e.__context__ is not None:
                    e = e.__context__
                    parts.append("-context->")
                else:
                    e = None
            return " ".join(parts)

        async def crash_on_cancel():
            try:
                await asyncio.sleep(5)
            finally:
                1 / 0

        async def main():
            try:
                async with asyncio.timeout(0.1):
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(crash_on_cancel())
                        try:
                            raise ValueError
                        finally:
                            await asyncio.sleep(5)
            except ExceptionGroup as eg:
                print(f"group: {chain(eg)}")
                print(f"its member: {chain(eg.exceptions[0])}")

        asyncio.run(main())
        """
      Then the output is:
        """
        group: ExceptionGroup -context-> <timeout> -context-> ValueError
        its member: ZeroDivisionError -context-> <timeout>
        """
      And the program completes normally

      @since-3.13
      Examples: 3.13 and later
        | versions       | timeout                              |
        | 3.13 and later | TimeoutError -cause-> CancelledError |

      @since-3.11 @before-3.13
      Examples: 3.11 and 3.12
        | versions       | timeout                              |
        | 3.11 and 3.12  | CancelledError                       |

  @rule-structured.timeout.earlier-cancel-claimed @detail
  Rule: A cancel() of the task requested before its timeout block and still pending when the block's deadline passes is taken for the timeout's own: the block raises TimeoutError, the task runs on and cancelling() stays 1.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    Detail: internals: timeouts.py tells its own cancellation from others only by counting (__aexit__ raises TimeoutError when task.uncancel() is at most the cancelling() count it saw on entry), so a request made before the block that is delivered with the expiring timeout's counts as the timeout's; the documentation does not say which of the two wins.
    Found by the differential fuzzer (cpython-3.11+uvloop against cpython-3.11, seed 3211174): Debian's
    3.11.2 compares uncancel() with 0 instead and lets CancelledError out (fixed in later 3.11 releases).

    @since-3.11
    Scenario: A task that cancels itself and then enters timeout(0) gets TimeoutError and runs on
      Given the program:
        """python
        import asyncio

        async def child():
            asyncio.current_task().cancel()
            try:
                async with asyncio.timeout(0):
                    await asyncio.sleep(0)
                print("block left without an exception")
            except TimeoutError:
                print("TimeoutError; cancelling() is", asyncio.current_task().cancelling())
            await asyncio.sleep(0)
            return "child returns"

        async def main():
            t = asyncio.create_task(child())
            print(await t)

        asyncio.run(main())
        """
      Then the output is:
        """
        TimeoutError; cancelling() is 1
        child returns
        """
      And the program completes normally

  @rule-structured.timeout.both-due @required
  Rule: When the deadlines of two nested timeouts are both due by the time the block first awaits, only the outer timeout raises TimeoutError; the inner one lets the CancelledError through although it expired too.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    A timeout cannot interrupt code that does not yield: deadlines that pass
    before the block awaits (here: deadlines already in the past) fire together
    at its first await. The task then holds two cancellation requests; the
    inner timeout sees one that is not its own and lets the CancelledError
    through, and the outer converts it. An outer deadline still in the future
    fires later, after the inner block has raised its own TimeoutError.

    @since-3.11
    Scenario: Both nested deadlines have passed when the block awaits
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            try:
                async with asyncio.timeout_at(loop.time() - 2) as outer:
                    try:
                        async with asyncio.timeout_at(loop.time() - 1) as inner:
                            print("body: both deadlines have passed")
                            await asyncio.sleep(5)
                    except TimeoutError:
                        print("inner block: TimeoutError")
                    except asyncio.CancelledError:
                        print(f"inner block: CancelledError passes, inner.expired()={inner.expired()}")
                        raise
            except TimeoutError:
                print(f"outer block: TimeoutError, outer.expired()={outer.expired()}")
            print(f"cancelling()={asyncio.current_task().cancelling()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: both deadlines have passed
        inner block: CancelledError passes, inner.expired()=True
        outer block: TimeoutError, outer.expired()=True
        cancelling()=0
        """
      And the program completes normally

    @since-3.11
    Scenario: Only the inner deadline has passed; the outer fires later
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            try:
                async with asyncio.timeout(1.5) as outer:
                    try:
                        async with asyncio.timeout_at(loop.time() - 1) as inner:
                            await asyncio.sleep(5)
                    except TimeoutError:
                        print(f"inner block: TimeoutError, outer.expired()={outer.expired()}")
                    await asyncio.sleep(5)
                    print("outer block: unreachable")
            except TimeoutError:
                print(f"outer block: TimeoutError, outer.expired()={outer.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        inner block: TimeoutError, outer.expired()=False
        outer block: TimeoutError, outer.expired()=True
        """
      And the program completes normally

  @rule-structured.timeout.in-cleanup @required
  Rule: A timeout used in the finally block of an expiring timeout works on its own: it raises its own TimeoutError there, and the outer timeout still raises TimeoutError at the end of its block.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout
    Each timeout counts its own cancellation request, so a timeout nested in
    the cleanup of an expired block expires and is converted independently.

    @since-3.11
    Scenario: A timeout in the finally block of an expiring timeout
      Given the program:
        """python
        import asyncio

        async def main():
            try:
                async with asyncio.timeout(0.1):
                    try:
                        await asyncio.sleep(5)
                    finally:
                        try:
                            async with asyncio.timeout(0.1):
                                await asyncio.sleep(5)
                        except TimeoutError as e:
                            context = type(e.__cause__.__context__).__name__
                            print(f"cleanup: its own TimeoutError, its CancelledError's context: {context}")
            except TimeoutError:
                print("outer: TimeoutError")

        asyncio.run(main())
        """
      Then the output is:
        """
        cleanup: its own TimeoutError, its CancelledError's context: CancelledError
        outer: TimeoutError
        """
      And the program completes normally

  @rule-structured.timeout.misuse @required
  Rule: A Timeout is entered once and only inside a task, and reschedule() needs an entered timeout that has not expired; otherwise they raise RuntimeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Timeout.reschedule
    reschedule() before the block, after the deadline expired, or while the
    expiring block still runs raises RuntimeError, and so does a second
    `async with` on the same Timeout object, and entering one from a callback
    that runs outside any task.

    @since-3.11
    Scenario: reschedule() before entering and after expiry, and entering twice
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            cm = asyncio.timeout(1)
            try:
                cm.reschedule(loop.time() + 2)
                print("reschedule before entering: accepted")
            except RuntimeError:
                print("reschedule before entering: RuntimeError")
            async with cm:
                try:
                    async with cm:
                        print("entered twice")
                except RuntimeError:
                    print("entering an active timeout: RuntimeError")
            try:
                async with cm:
                    print("entered again")
            except RuntimeError:
                print("entering a finished timeout: RuntimeError")
            try:
                async with asyncio.timeout(0.05) as cm:
                    await asyncio.sleep(5)
            except TimeoutError:
                pass
            try:
                cm.reschedule(loop.time() + 2)
                print("reschedule after expiry: accepted")
            except RuntimeError:
                print("reschedule after expiry: RuntimeError")

        asyncio.run(main())
        """
      Then the output is:
        """
        reschedule before entering: RuntimeError
        entering an active timeout: RuntimeError
        entering a finished timeout: RuntimeError
        reschedule after expiry: RuntimeError
        """
      And the program completes normally

    @since-3.11
    Scenario: reschedule() inside a block whose timeout is expiring
      Given the program:
        """python
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            try:
                async with asyncio.timeout(0.05) as cm:
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        print("body: the timeout's CancelledError")
                        try:
                            cm.reschedule(loop.time() + 2)
                            print("reschedule while expiring: accepted")
                        except RuntimeError:
                            print("reschedule while expiring: RuntimeError")
                        raise
            except TimeoutError:
                print(f"TimeoutError, expired()={cm.expired()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        body: the timeout's CancelledError
        reschedule while expiring: RuntimeError
        TimeoutError, expired()=True
        """
      And the program completes normally

    @since-3.11
    Scenario: __aenter__ driven from a call_soon callback
      Given the program:
        """python
        import asyncio

        def callback(cm):
            coro = cm.__aenter__()
            try:
                coro.send(None)
                print("entered")
            except RuntimeError:
                print("__aenter__ outside a task: RuntimeError")
            except StopIteration:
                print("entered")

        async def main():
            asyncio.get_running_loop().call_soon(callback, asyncio.timeout(1))
            await asyncio.sleep(0)
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        __aenter__ outside a task: RuntimeError
        """
      And the program completes normally

  @rule-structured.timeout.misuse.messages @detail
  Rule: CPython's RuntimeError messages for Timeout misuse are "Timeout has not been entered", "Timeout has already been entered", "Cannot change state of expired Timeout", "Cannot change state of expiring Timeout" and "Timeout should be used inside a task".
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Timeout
    Detail: message text: the RuntimeError's texts are asyncio's
    The wording is CPython's; the documentation promises none.

    @since-3.11
    Scenario: The messages of the misuse errors
      Given the program:
        """python
        import asyncio

        def callback(cm):
            try:
                cm.__aenter__().send(None)
            except RuntimeError as e:
                print(f"outside a task: {e}")

        async def main():
            loop = asyncio.get_running_loop()
            cm = asyncio.timeout(1)
            try:
                cm.reschedule(loop.time() + 2)
            except RuntimeError as e:
                print(f"not entered: {e}")
            async with cm:
                try:
                    async with cm:
                        pass
                except RuntimeError as e:
                    print(f"entered twice: {e}")
            try:
                async with asyncio.timeout(0.05) as cm:
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        try:
                            cm.reschedule(loop.time() + 2)
                        except RuntimeError as e:
                            print(f"expiring: {e}")
                        raise
            except TimeoutError:
                pass
            try:
                cm.reschedule(loop.time() + 2)
            except RuntimeError as e:
                print(f"expired: {e}")
            loop.call_soon(callback, asyncio.timeout(1))
            await asyncio.sleep(0)

        asyncio.run(main())
        """
      Then the output is:
        """
        not entered: Timeout has not been entered
        entered twice: Timeout has already been entered
        expiring: Cannot change state of expiring Timeout
        expired: Cannot change state of expired Timeout
        outside a task: Timeout should be used inside a task
        """
      And the program completes normally

  @rule-structured.timeout.repr @detail
  Rule: repr() of a Timeout is <Timeout [active] when=W> inside its block (when=None without a deadline), <Timeout [expired]> after it expired and <Timeout [finished]> after a block left in time.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Timeout
    Detail: repr: the text of repr() of a Timeout is CPython's
    The repr names the state; an active one also shows when(). The
    documentation does not specify it.

    @since-3.11
    Scenario: The repr in each state
      Given the program:
        """python
        import asyncio

        async def main():
            async with asyncio.timeout(10) as cm:
                text = repr(cm)
                print(f"active: {text == f'<Timeout [active] when={round(cm.when(), 3)}>'}")
            print(f"finished: {cm!r}")
            async with asyncio.timeout(None) as cm:
                print(f"disabled: {cm!r}")
            try:
                async with asyncio.timeout(0.05) as cm:
                    await asyncio.sleep(5)
            except TimeoutError:
                print(f"expired: {cm!r}")

        asyncio.run(main())
        """
      Then the output is:
        """
        active: True
        finished: <Timeout [finished]>
        disabled: <Timeout [active] when=None>
        expired: <Timeout [expired]>
        """
      And the program completes normally
