@tasks
Feature: From 3.14 create_task hands its keyword arguments on, to the task factory or to Task
  Up to 3.13 loop.create_task(coro, name=..., context=...) called the task
  factory as factory(loop, coro) (with context= from 3.11, when a context was
  given) and named the task itself afterwards. From 3.14 every keyword argument
  of create_task goes on: to factory(loop, coro, **kwargs) when a factory is
  set, else to Task(coro, loop=loop, **kwargs); asyncio.create_task and
  TaskGroup.create_task pass theirs to loop.create_task. A factory that takes
  only (loop, coro) then fails as soon as a name is given, and a keyword that
  Task accepts, such as eager_start, reaches it.

  @rule-task.factory.receives-keyword-arguments @required
  Rule: From 3.14 the task factory receives create_task's keyword arguments (name included) and the loop no longer names the task itself; up to 3.13 it is called with (loop, coro) and the loop names the task.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
    From 3.14 the documented factory signature is (loop, coro, **kwargs), and
    loop.create_task passes all its keyword arguments through to the factory or
    to Task (base_events.py of 3.14: "return self._task_factory(self, coro,
    **kwargs)"). The factory that forwards **kwargs works on every version, the
    name reaching the task either way; a factory with no room for keywords
    fails on 3.14 with TypeError when create_task is given a name. (3.13.3 alone
    passed the name on too; 3.13.4 went back to the old contract, as the
    scenarios' 3.13.0 and 3.13.2 have it.)

    # Task names exist from 3.8.
    @since-3.8 @before-3.14
    Scenario: Up to 3.13 the factory gets no keyword arguments; the loop names the task
      Given the program:
        """python
        import asyncio

        def factory(loop, coro, **kwargs):
            print(f"factory got keyword arguments {sorted(kwargs)}")
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def work():
            return asyncio.current_task().get_name()

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(factory)
            plain = loop.create_task(work())
            named = loop.create_task(work(), name="named")
            via_asyncio = asyncio.create_task(work(), name="via asyncio")
            await plain
            print(f"names seen inside: {await named}, {await via_asyncio}")
            loop.set_task_factory(None)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        factory got keyword arguments []
        factory got keyword arguments []
        factory got keyword arguments []
        names seen inside: named, via asyncio
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 the factory gets name= from loop.create_task and asyncio.create_task
      Given the program:
        """python
        import asyncio

        def factory(loop, coro, **kwargs):
            print(f"factory got keyword arguments {sorted(kwargs)}")
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def work():
            return asyncio.current_task().get_name()

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(factory)
            plain = loop.create_task(work())
            named = loop.create_task(work(), name="named")
            via_asyncio = asyncio.create_task(work(), name="via asyncio")
            await plain
            print(f"names seen inside: {await named}, {await via_asyncio}")
            loop.set_task_factory(None)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        factory got keyword arguments []
        factory got keyword arguments ['name']
        factory got keyword arguments ['name']
        names seen inside: named, via asyncio
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 the factory gets eager_start= as given, False included, and nothing when it is not given
      Given the program:
        """python
        import asyncio

        def factory(loop, coro, **kwargs):
            print(f"factory got {kwargs}")
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def work():
            return "ran"

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(factory)
            tasks = [loop.create_task(work()),
                     loop.create_task(work(), eager_start=False),
                     asyncio.create_task(work(), eager_start=True)]
            print(f"done at return: {[task.done() for task in tasks]}")
            print(f"results: {await asyncio.gather(*tasks)}")
            loop.set_task_factory(None)

        asyncio.run(main())
        """
      Then the output is:
        """
        factory got {}
        factory got {'eager_start': False}
        factory got {'eager_start': True}
        done at return: [False, False, True]
        results: ['ran', 'ran', 'ran']
        """
      And the program completes normally

    # Task names exist from 3.8.
    @since-3.8 @before-3.14
    Scenario: Up to 3.13 a factory that takes only (loop, coro) still makes named tasks
      Given the program:
        """python
        import asyncio

        def factory(loop, coro):
            return asyncio.Task(coro, loop=loop)

        async def work():
            return "done"

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(factory)
            plain = loop.create_task(work())
            result = await plain
            print(f"without keywords: {result}")
            coro = work()
            try:
                named = loop.create_task(coro, name="named")
                result = await named
                print(f"with name=: {named.get_name()}, {result}")
            except TypeError as e:
                print(f"with name=: {type(e).__name__}")
                coro.close()
            loop.set_task_factory(None)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        without keywords: done
        with name=: named, done
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 a factory that takes only (loop, coro) fails when create_task is given a name
      Given the program:
        """python
        import asyncio

        def factory(loop, coro):
            return asyncio.Task(coro, loop=loop)

        async def work():
            return "done"

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(factory)
            plain = loop.create_task(work())
            result = await plain
            print(f"without keywords: {result}")
            coro = work()
            try:
                named = loop.create_task(coro, name="named")
                result = await named
                print(f"with name=: {named.get_name()}, {result}")
            except TypeError as e:
                print(f"with name=: {type(e).__name__}")
                coro.close()
            loop.set_task_factory(None)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        without keywords: done
        with name=: TypeError
        """
      And the program completes normally

  @rule-task.create.eager-start-keyword @optional @needs-eager-task-factory
  Rule: From 3.14 create_task(coro, eager_start=True) (asyncio's, the loop's and a TaskGroup's) runs the task's first step inside create_task; up to 3.12 create_task refuses the keyword with TypeError.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task
    Task has taken eager_start since 3.12 (the eager task factory uses it), but
    only from 3.14 is it a parameter of create_task, passed on to Task. An
    eager task whose coroutine finishes without suspending is already done when
    create_task returns. 3.13 is left out: 3.13.0 to 3.13.2 refuse the keyword
    as 3.12 does, but 3.13.3 and later pass unknown keywords on to Task (the
    **kwargs of gh-128308), so the answer depends on the patch release.

    # TaskGroup exists from 3.11 (Task takes eager_start from 3.12, so CPython
    # 3.11 lacks the capability); 3.13's answer depends on its patch release.
    @since-3.11 @before-3.13
    Scenario: In 3.11 and 3.12 create_task refuses eager_start
      Given the program:
        """python
        import asyncio

        async def child(label):
            print(f"{label}: child starts")
            return label

        async def main():
            loop = asyncio.get_running_loop()
            for label, spawn in [("asyncio.create_task", asyncio.create_task), ("loop.create_task", loop.create_task)]:
                coro = child(label)
                try:
                    task = spawn(coro, eager_start=True)
                    print(f"{label}: after create_task, done={task.done()}")
                except TypeError as e:
                    print(f"{label}: {type(e).__name__}")
                    coro.close()
            async with asyncio.TaskGroup() as tg:
                coro = child("TaskGroup.create_task")
                try:
                    task = tg.create_task(coro, eager_start=True)
                    print(f"TaskGroup.create_task: after create_task, done={task.done()}")
                except TypeError as e:
                    print(f"TaskGroup.create_task: {type(e).__name__}")
                    coro.close()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        asyncio.create_task: TypeError
        loop.create_task: TypeError
        TaskGroup.create_task: TypeError
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 create_task(coro, eager_start=True) starts the task before it returns
      Given the program:
        """python
        import asyncio

        async def child(label):
            print(f"{label}: child starts")
            return label

        async def main():
            loop = asyncio.get_running_loop()
            for label, spawn in [("asyncio.create_task", asyncio.create_task), ("loop.create_task", loop.create_task)]:
                coro = child(label)
                try:
                    task = spawn(coro, eager_start=True)
                    print(f"{label}: after create_task, done={task.done()}")
                except TypeError as e:
                    print(f"{label}: {type(e).__name__}")
                    coro.close()
            async with asyncio.TaskGroup() as tg:
                coro = child("TaskGroup.create_task")
                try:
                    task = tg.create_task(coro, eager_start=True)
                    print(f"TaskGroup.create_task: after create_task, done={task.done()}")
                except TypeError as e:
                    print(f"TaskGroup.create_task: {type(e).__name__}")
                    coro.close()

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        asyncio.create_task: child starts
        asyncio.create_task: after create_task, done=True
        loop.create_task: child starts
        loop.create_task: after create_task, done=True
        TaskGroup.create_task: child starts
        TaskGroup.create_task: after create_task, done=True
        """
      And the program completes normally
