@tasks
Feature: From 3.14 asyncio shows which task awaits which: the call graph
  Python 3.14 added call-graph introspection to asyncio:
  capture_call_graph(future=None) returns a FutureCallGraph of a task or future
  (the current task when none is given): the future itself, its call stack (the
  coroutine frames it is suspended in, innermost first) and the graphs of the
  tasks that await it. asyncio keeps the "awaited by" links itself: a task
  awaiting another task or a future, gather() for its children, a TaskGroup
  for its members, shield() and wait() record the awaiting task and drop it once the awaited one is
  done; future_add_to_awaited_by() and future_discard_from_awaited_by() do the
  same for other awaiting machinery. format_call_graph() and print_call_graph()
  render the graph as text. Before 3.14 none of these functions exists
  (AttributeError).

  @rule-task.call-graph.capture @required
  Rule: From 3.14 capture_call_graph() gives a task's coroutine frames, innermost first, and the tasks awaiting it, which asyncio records for an awaited task, gather() children and TaskGroup members until they are done.
    Link: https://docs.python.org/3/library/asyncio-graph.html#asyncio.capture_call_graph
    A FutureCallGraph has future, call_stack (FrameCallGraphEntry objects, each
    with its frame) and awaited_by (FutureCallGraph objects). Without a running
    loop and without a future to look at, capture_call_graph() raises
    RuntimeError.

    @since-3.14
    Scenario: The current task's graph: its frames and the task awaiting it
      Given the program:
        """python
        import asyncio

        async def leaf():
            await asyncio.sleep(0)
            graph = asyncio.capture_call_graph()
            print(f"{type(graph).__name__} of {graph.future.get_name()}")
            print(f"frames: {[entry.frame.f_code.co_name for entry in graph.call_stack]}")
            print(f"awaited by: {[g.future.get_name() for g in graph.awaited_by]}")
            for g in graph.awaited_by:
                print(f"  {g.future.get_name()} frames: {[entry.frame.f_code.co_name for entry in g.call_stack]}")
                print(f"  {g.future.get_name()} awaited by: {[h.future.get_name() for h in g.awaited_by]}")

        async def middle():
            await leaf()

        async def main():
            asyncio.current_task().set_name("main")
            task = asyncio.create_task(middle(), name="child")
            await task

        asyncio.run(main())
        """
      Then the output is:
        """
        FutureCallGraph of child
        frames: ['leaf', 'middle']
        awaited by: ['main']
          main frames: ['main']
          main awaited by: []
        """
      And the program completes normally

    @since-3.14
    Scenario: gather(), a TaskGroup and an awaiting task record who awaits, until the awaited one is done
      Given the program:
        """python
        import asyncio

        def awaited_by(future):
            return [graph.future.get_name() for graph in asyncio.capture_call_graph(future).awaited_by]

        def frames(future):
            return [entry.frame.f_code.co_name for entry in asyncio.capture_call_graph(future).call_stack]

        async def child():
            await asyncio.sleep(0.01)

        async def inner(task):
            await task

        async def waits_for(task):
            await inner(task)

        async def main():
            asyncio.current_task().set_name("main")
            gathered = [asyncio.create_task(child(), name=f"gathered-{i}") for i in range(2)]
            print(f"before gather: {awaited_by(gathered[0])}")
            gathering = asyncio.gather(*gathered)
            print(f"gathered: {awaited_by(gathered[0])}, {awaited_by(gathered[1])}")
            await gathering
            print(f"after the gather: {awaited_by(gathered[0])}")
            async with asyncio.TaskGroup() as tg:
                member = tg.create_task(child(), name="member")
                print(f"in a TaskGroup: {awaited_by(member)}")
            print(f"after the TaskGroup: {awaited_by(member)}")
            awaited = asyncio.create_task(child(), name="awaited")
            waiter = asyncio.create_task(waits_for(awaited), name="waiter")
            await asyncio.sleep(0)
            print(f"awaited by a task: {awaited_by(awaited)}")
            print(f"the waiter's frames: {frames(waiter)}")
            await waiter
            print(f"after it is done: {awaited_by(awaited)}")

        asyncio.run(main())
        """
      Then the output is:
        """
        before gather: []
        gathered: ['main'], ['main']
        after the gather: []
        in a TaskGroup: ['main']
        after the TaskGroup: []
        awaited by a task: ['waiter']
        the waiter's frames: ['inner', 'waits_for']
        after it is done: []
        """
      And the program completes normally

    @since-3.14
    Scenario: shield(), wait() and a task awaiting gather()'s future record who awaits, until it is done
      Given the program:
        """python
        import asyncio

        def awaited_by(future):
            return [graph.future.get_name() for graph in asyncio.capture_call_graph(future).awaited_by]

        async def child():
            await asyncio.sleep(0.01)

        async def shielding(task):
            await asyncio.shield(task)

        async def waiting(task):
            await asyncio.wait([task])

        async def awaiting(future):
            await future

        async def main():
            asyncio.current_task().set_name("main")
            shielded = asyncio.create_task(child(), name="shielded")
            shielder = asyncio.create_task(shielding(shielded), name="shielder")
            await asyncio.sleep(0)
            print(f"shielded: {awaited_by(shielded)}")
            await shielder
            print(f"after the shield: {awaited_by(shielded)}")
            waited = asyncio.create_task(child(), name="waited")
            waiter = asyncio.create_task(waiting(waited), name="waiter")
            await asyncio.sleep(0)
            print(f"in wait(): {awaited_by(waited)}")
            await waiter
            print(f"after the wait: {awaited_by(waited)}")
            gathering = asyncio.gather(asyncio.create_task(child(), name="gathered"))
            awaiter = asyncio.create_task(awaiting(gathering), name="awaiter")
            await asyncio.sleep(0)
            print(f"gather's future: {awaited_by(gathering)}")
            await awaiter
            print(f"after the gather: {awaited_by(gathering)}")

        asyncio.run(main())
        """
      Then the output is:
        """
        shielded: ['shielder']
        after the shield: []
        in wait(): ['waiter']
        after the wait: []
        gather's future: ['awaiter']
        after the gather: []
        """
      And the program completes normally

    @since-3.14
    Scenario: A plain future has no frames; future_add_to_awaited_by and future_discard_from_awaited_by set its waiters
      Given the program:
        """python
        import asyncio

        async def main():
            fut = asyncio.get_running_loop().create_future()
            graph = asyncio.capture_call_graph(fut)
            print(f"a plain future: {type(graph.future).__name__}, call stack {list(graph.call_stack)}, awaited by {list(graph.awaited_by)}")
            me = asyncio.current_task()
            asyncio.future_add_to_awaited_by(fut, me)
            print(f"after future_add_to_awaited_by, awaited by the current task: {[g.future is me for g in asyncio.capture_call_graph(fut).awaited_by]}")
            asyncio.future_discard_from_awaited_by(fut, me)
            print(f"after future_discard_from_awaited_by: {[g.future is me for g in asyncio.capture_call_graph(fut).awaited_by]}")
            fut.cancel()

        asyncio.run(main())
        try:
            asyncio.capture_call_graph()
        except RuntimeError as e:
            print(f"outside a running loop: {type(e).__name__}")
        """
      Then the output is:
        """
        a plain future: Future, call stack [], awaited by []
        after future_add_to_awaited_by, awaited by the current task: [True]
        after future_discard_from_awaited_by: []
        outside a running loop: RuntimeError
        """
      And the program completes normally

    # An async generator's frame lies in the current task's stack between its caller and what it awaits
    # (graph.py walks the current task's frames by f_back).
    @since-3.14
    Scenario: A coroutine awaited inside an async generator has the generator's frame below it
      Given the program:
        """python
        import asyncio

        async def nested(label):
            graph = asyncio.capture_call_graph()
            print(f"{label}: {[entry.frame.f_code.co_name for entry in graph.call_stack]}")

        async def numbers():
            for number in range(2):
                yield number
                await nested(f"numbers after yield {number}")

        async def main():
            async for number in numbers():
                print(f"main: async for got {number}")
            agen = numbers()
            print(f"main: __anext__() gave {await agen.__anext__()}")
            print(f"main: __anext__() gave {await agen.__anext__()}")
            await agen.aclose()
            await nested("main after the generators")

        asyncio.run(main())
        """
      Then the output is:
        """
        main: async for got 0
        numbers after yield 0: ['nested', 'numbers', 'main']
        main: async for got 1
        numbers after yield 1: ['nested', 'numbers', 'main']
        main: __anext__() gave 0
        numbers after yield 0: ['nested', 'numbers', 'main']
        main: __anext__() gave 1
        main after the generators: ['nested', 'main']
        """
      And the program completes normally

  @rule-task.call-graph.eager-task-group-member @optional @needs-eager-task-factory
  Rule: From 3.14 a TaskGroup member that finished eagerly inside create_task() stays linked to the group's task until its done callback runs, one loop iteration later.
    Link: https://docs.python.org/3/library/asyncio-graph.html#asyncio.capture_call_graph
    taskgroups.py of 3.14 always schedules the member's done callback, even
    for a task already done when create_task() returns (gh-128550); the
    callback is what drops the awaited-by link.

    @since-3.14
    Scenario: An eager member's link is dropped by its done callback, not at once
      Given the program:
        """python
        import asyncio

        def awaited_by(future):
            return [graph.future.get_name() for graph in asyncio.capture_call_graph(future).awaited_by]

        async def quick():
            return 1

        async def main():
            asyncio.current_task().set_name("main")
            asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
            async with asyncio.TaskGroup() as tg:
                member = tg.create_task(quick(), name="member")
                print(f"done eagerly: {member.done()}, awaited by: {awaited_by(member)}")
                await asyncio.sleep(0)
                print(f"a loop iteration later: {awaited_by(member)}")

        asyncio.run(main())
        """
      Then the output is:
        """
        done eagerly: True, awaited by: ['main']
        a loop iteration later: []
        """
      And the program completes normally

  @rule-task.call-graph.capture.wording @detail
  Rule: In CPython's call graph, asyncio.run's unnamed main task shows its default name 'Task-1'.
    Link: https://docs.python.org/3/library/asyncio-graph.html#asyncio.capture_call_graph
    Detail: default name: 'Task-1' is CPython's counter of unnamed tasks

    @since-3.14
    Scenario: The main task named in the graph of a future it awaits
      Given the program:
        """python
        import asyncio

        async def main():
            fut = asyncio.get_running_loop().create_future()
            asyncio.future_add_to_awaited_by(fut, asyncio.current_task())
            print(f"awaited by: {[g.future.get_name() for g in asyncio.capture_call_graph(fut).awaited_by]}")
            fut.cancel()

        asyncio.run(main())
        """
      Then the output is:
        """
        awaited by: ['Task-1']
        """
      And the program completes normally

  @rule-task.call-graph.format.wording @detail
  Rule: CPython's text of format_call_graph() and print_call_graph(): a "* Task(name=..., id=...)" line, a "+ Call stack:" block of "File ..., line N, in async NAME()" lines ("in async generator NAME()" for an async generator's frame), and a "+ Awaited by:" block indented per level.
    Link: https://docs.python.org/3/library/asyncio-graph.html#asyncio.format_call_graph
    Detail: text format: the layout of format_call_graph()'s text, with file names, lines and task names, is CPython's
    print_call_graph(future, file=f) writes the text format_call_graph(future)
    returns. The program cuts the ids (addresses) and the file paths out.

    @since-3.14
    Scenario: The graph of a suspended task printed from outside, then formatted from inside while it is awaited
      Given the program:
        """python
        import asyncio

        class Collect:
            def __init__(self):
                self.text = ""

            def write(self, text):
                self.text += text

        def shown(text):
            lines = []
            for line in text.splitlines():
                if ", id=0x" in line:
                    line = line.split(", id=0x")[0] + ", id=...)"
                if "File '" in line:
                    head, rest = line.split("File '", 1)
                    line = head + "File ..." + rest.split("'", 1)[1]
                lines.append(line)
            return "\n".join(lines)

        async def leaf(gate):
            await gate
            print(shown(asyncio.format_call_graph()))

        async def middle(gate):
            await leaf(gate)

        async def main():
            asyncio.current_task().set_name("main")
            gate = asyncio.get_running_loop().create_future()
            task = asyncio.create_task(middle(gate), name="child")
            await asyncio.sleep(0)
            collected = Collect()
            asyncio.print_call_graph(task, file=collected)
            print(shown(collected.text))
            gate.set_result(None)
            await task

        asyncio.run(main())
        """
      Then the output is:
        """
        * Task(name='child', id=...)
          + Call stack:
          |   File ..., line 22, in async leaf()
          |   File ..., line 26, in async middle()
        * Task(name='child', id=...)
          + Call stack:
          |   File ..., line 23, in async leaf()
          |   File ..., line 26, in async middle()
          + Awaited by:
            * Task(name='main', id=...)
              + Call stack:
              |   File ..., line 37, in async main()
        """
      And the program completes normally

    @since-3.14
    Scenario: An async generator's frame in the current task's stack is formatted as "async generator"
      Given the program:
        """python
        import asyncio

        def shown(text):
            lines = []
            for line in text.splitlines():
                if ", id=0x" in line:
                    line = line.split(", id=0x")[0] + ", id=...)"
                if "File '" in line:
                    head, rest = line.split("File '", 1)
                    line = head + "File ..." + rest.split("'", 1)[1]
                lines.append(line)
            return "\n".join(lines)

        async def nested():
            print(shown(asyncio.format_call_graph()))

        async def numbers():
            await nested()
            yield 1

        async def main():
            asyncio.current_task().set_name("main")
            async for number in numbers():
                print(f"main: got {number}")

        asyncio.run(main())
        """
      Then the output is:
        """
        * Task(name='main', id=...)
          + Call stack:
          |   File ..., line 15, in async nested()
          |   File ..., line 18, in async generator numbers()
          |   File ..., line 23, in async main()
        main: got 1
        """
      And the program completes normally
