@tasks
Feature: Eager task factories around a custom task constructor
  asyncio.create_eager_task_factory(custom_task_constructor) (3.12+) makes a task
  factory like asyncio.eager_task_factory that builds each task by calling the
  given constructor, a callable with the signature of Task.__init__, with the
  coroutine, the loop and eager_start=True. create_task returns whatever the
  constructor returned; whether the task starts eagerly is up to the constructor.
  Eager tasks are optional: an implementation that does not declare the
  eager-task-factory capability finds these scenarios not applicable. Each program
  removes its factory before asyncio.run ends, since asyncio.run makes its
  shutdown tasks through the loop's factory, outside the running loop.

  @rule-task.eager-factory.custom-constructor @optional @needs-eager-task-factory
  Rule: A factory from create_eager_task_factory(constructor) calls the constructor with the coroutine, loop=the loop and eager_start=True, and create_task returns what the constructor returned, named as asked.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_eager_task_factory
    "Create an eager task factory, similar to eager_task_factory(), using the
    provided custom_task_constructor when creating a new task instead of the
    default Task. custom_task_constructor must be a callable with the signature
    matching the signature of Task.__init__."

    @since-3.12
    Scenario: A constructor that builds an eager Task
      Given the program:
        """python
        import asyncio

        made = []


        def constructor(coro, *, loop=None, eager_start=False, **kwargs):
            print(f"constructor: gets the running loop {loop is asyncio.get_running_loop()}, eager_start={eager_start}")
            task = asyncio.Task(coro, loop=loop, eager_start=eager_start, **kwargs)
            made.append(task)
            return task


        async def child(label):
            print(f"{label}: first step")
            await asyncio.sleep(0)
            print(f"{label}: second step")
            return label


        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.create_eager_task_factory(constructor))
            print("main: create_task")
            task = asyncio.create_task(child("child"), name="named")
            print(f"main: create_task returned the constructor's task: {task is made[0]}")
            print(f"main: its name: {task.get_name()}")
            print(f"main: awaited: {await task}")
            loop.set_task_factory(None)


        asyncio.run(main())
        """
      Then the output is:
        """
        main: create_task
        constructor: gets the running loop True, eager_start=True
        child: first step
        main: create_task returned the constructor's task: True
        main: its name: named
        child: second step
        main: awaited: child
        """
      And the program completes normally

    @since-3.12
    Scenario: create_eager_task_factory(asyncio.Task) makes eager tasks
      Given the program:
        """python
        import asyncio


        async def child():
            print("child: first step")
            await asyncio.sleep(0)
            print("child: second step")
            return "child"


        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.create_eager_task_factory(asyncio.Task))
            print("main: create_task")
            task = asyncio.create_task(child())
            print(f"main: a Task: {isinstance(task, asyncio.Task)}, done: {task.done()}")
            print(f"main: awaited: {await task}")
            loop.set_task_factory(None)


        asyncio.run(main())
        """
      Then the output is:
        """
        main: create_task
        child: first step
        main: a Task: True, done: False
        child: second step
        main: awaited: child
        """
      And the program completes normally

  @rule-task.eager-factory.constructor-decides @optional @needs-eager-task-factory
  Rule: The eager start is the constructor's: a constructor that ignores eager_start makes a task whose first step waits for the loop as usual.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.create_eager_task_factory
    The factory only passes eager_start=True; a constructor that builds
    Task(coro, loop=loop) without it gets a task that starts on the loop.

    @since-3.12
    Scenario: A constructor that ignores eager_start
      Given the program:
        """python
        import asyncio


        def lazy_constructor(coro, *, loop=None, name=None, context=None, eager_start=False):
            print(f"constructor: asked for eager_start={eager_start}, makes a task that starts on the loop")
            return asyncio.Task(coro, loop=loop, name=name)


        async def child():
            print("child: first step")
            return "child"


        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.create_eager_task_factory(lazy_constructor))
            task = asyncio.create_task(child())
            print(f"main: done after create_task: {task.done()}")
            print(f"main: awaited: {await task}")
            loop.set_task_factory(None)


        asyncio.run(main())
        """
      Then the output is:
        """
        constructor: asked for eager_start=True, makes a task that starts on the loop
        main: done after create_task: False
        child: first step
        main: awaited: child
        """
      And the program completes normally

  @rule-task.eager-factory.context-copy @optional @needs-eager-task-factory
  Rule: An eager task's first step, run inside create_task, runs in a copy of the creator's context like any task: it sees the creator's values, and what it sets is not seen by the creator, also after it suspends.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.Task
    "An optional keyword-only context argument allows specifying a custom
    contextvars.Context for the coro to run in. The current context copy is
    created when no context is provided." The eager step is no exception: it runs
    in the task's own context, not in the creator's.

    @since-3.12
    Scenario: A context variable across an eager first step
      Given the program:
        """python
        import asyncio
        import contextvars

        var = contextvars.ContextVar("var", default="unset")


        async def child():
            print(f"child: its eager first step sees {var.get()!r}")
            var.set("child")
            await asyncio.sleep(0)
            print(f"child: after suspending it sees {var.get()!r}")


        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.eager_task_factory)
            var.set("main")
            task = asyncio.create_task(child())
            print(f"main: after the eager step it sees {var.get()!r}")
            var.set("main again")
            await task
            print(f"main: at the end it sees {var.get()!r}")
            loop.set_task_factory(None)


        asyncio.run(main())
        """
      Then the output is:
        """
        child: its eager first step sees 'main'
        main: after the eager step it sees 'main'
        child: after suspending it sees 'child'
        main: at the end it sees 'main again'
        """
      And the program completes normally
