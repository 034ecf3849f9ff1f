@structured
Feature: From 3.15 a TaskGroup lets a GeneratorExit from its body through
  An async generator that yields from inside `async with asyncio.TaskGroup()` is
  closed by aclose(), which throws GeneratorExit at the yield, into the group's
  body. Up to 3.14 the group wrapped it like any error of the body, so aclose()
  raised BaseExceptionGroup([GeneratorExit]) instead of closing the generator.
  From 3.15 (taskgroups.py, gh-135736) the group re-raises the GeneratorExit
  itself when it is the only error, and aclose() closes the generator cleanly;
  with a failed child as well, both are still reported in a BaseExceptionGroup.
  A GeneratorExit raised by a child task is not the body's: it is reported in a
  BaseExceptionGroup in every version.

  @rule-task-group.generator-exit.reraised @required
  Rule: From 3.15, when a TaskGroup's body raises GeneratorExit and no task of the group failed, the group re-raises the GeneratorExit, so aclose() of an async generator running the group closes it; up to 3.14 the group raises BaseExceptionGroup([GeneratorExit]). A failed task and the GeneratorExit together give a BaseExceptionGroup in every version.
    Link: https://docs.python.org/3/library/asyncio-task.html#task-groups
    The documentation of 3.15: "if it raises GeneratorExit and none of the other
    tasks raise exceptions that would be reported, then the GeneratorExit is
    reraised" (versionchanged 3.15). CPython's test_taskgroup_generator_exit_01
    and _04.

    Scenario Outline: aclose() of async generators that run a TaskGroup (<versions>)
      Given the program:
        """python
        import asyncio

        async def numbers():
            yield 1
            yield 2

        async def grouped_numbers():
            async with asyncio.TaskGroup() as tg:
                async for n in numbers():
                    yield n

        async def failing_child(started):
            started.set()
            raise AssertionError("child failed")

        async def grouped_with_failing_child(started):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(failing_child(started))
                yield 1

        async def close(label, g):
            try:
                await g.aclose()
                print(f"{label}: aclose() closed the generator cleanly")
            except BaseExceptionGroup as group:
                print(f"{label}: aclose() raised {type(group).__name__}: {sorted(type(e).__name__ for e in group.exceptions)}")

        async def main():
            g = grouped_numbers()
            print(f"first item: {await g.asend(None)}")
            await close("GeneratorExit alone", g)
            started = asyncio.Event()
            g = grouped_with_failing_child(started)
            print(f"first item: {await g.asend(None)}")
            await started.wait()
            await close("GeneratorExit and a failed child", g)

        asyncio.run(main())
        """
      Then the output is:
        """
        first item: 1
        GeneratorExit alone: aclose() <alone>
        first item: 1
        GeneratorExit and a failed child: aclose() raised BaseExceptionGroup: ['AssertionError', 'GeneratorExit']
        """
      And the program completes normally

      @since-3.15
      Examples: 3.15 and later
        | versions       | alone                            |
        | 3.15 and later | closed the generator cleanly     |

      @since-3.11 @before-3.15
      Examples: 3.11 to 3.14
        | versions     | alone                                                |
        | 3.11 to 3.14 | raised BaseExceptionGroup: ['GeneratorExit']         |

  @rule-task-group.generator-exit.from-a-child @required
  Rule: A GeneratorExit raised by a task of a TaskGroup is a failure of the group like any other: the group raises a BaseExceptionGroup holding it, alone or beside the other tasks' errors, in every version with TaskGroup (the 3.15 exception is for the body's own GeneratorExit).
    Link: https://docs.python.org/3/library/asyncio-task.html#task-groups
    A task whose coroutine raises GeneratorExit ends with it as its exception
    (tasks.py __step stores any BaseException but KeyboardInterrupt and
    SystemExit); the group collects it in _on_task_done like any error, and only
    a GeneratorExit that reaches __aexit__ from the body is re-raised bare
    (taskgroups.py _aexit, gh-135736). CPython's test_taskgroup_generator_exit_02
    and _03.

    @since-3.11
    Scenario: Children raising GeneratorExit, alone and beside a failing sibling
      Given the program:
        """python
        import asyncio

        async def raises_generator_exit():
            raise GeneratorExit

        async def fails():
            raise AssertionError("child failed")

        async def run_group(label, *children):
            tasks = []
            try:
                async with asyncio.TaskGroup() as tg:
                    for child in children:
                        tasks.append(tg.create_task(child()))
                print(f"{label}: the group ended normally")
            except BaseExceptionGroup as group:
                names = sorted(type(e).__name__ for e in group.exceptions)
                print(f"{label}: {type(group).__name__} of {names}")
            except GeneratorExit:
                print(f"{label}: a bare GeneratorExit")
            for child, task in zip(children, tasks):
                print(f"  {child.__name__}: {type(task.exception()).__name__}")

        async def main():
            await run_group("GeneratorExit alone", raises_generator_exit)
            await run_group("GeneratorExit, then a failure", raises_generator_exit, fails)
            await run_group("a failure, then GeneratorExit", fails, raises_generator_exit)
            print("main goes on")

        asyncio.run(main())
        """
      Then the output is:
        """
        GeneratorExit alone: BaseExceptionGroup of ['GeneratorExit']
          raises_generator_exit: GeneratorExit
        GeneratorExit, then a failure: BaseExceptionGroup of ['AssertionError', 'GeneratorExit']
          raises_generator_exit: GeneratorExit
          fails: AssertionError
        a failure, then GeneratorExit: BaseExceptionGroup of ['AssertionError', 'GeneratorExit']
          fails: AssertionError
          raises_generator_exit: GeneratorExit
        main goes on
        """
      And the program completes normally
