@tasks
Feature: From 3.14 create_task(eager_start=False) makes a lazy task under the eager task factory
  From 3.14 loop.create_task() and asyncio.create_task() pass their keyword
  arguments on to the loop's task factory, and the eager task factory
  (asyncio.eager_task_factory) takes eager_start from them: eager_start=False
  asks for a lazy task even though the factory starts tasks eagerly by default.

  @rule-task.eager-factory.eager-start-false @optional @needs-eager-task-factory
  Rule: From 3.14, under the eager task factory, create_task(coro, eager_start=False) makes a lazy task: not done when create_task returns, its first step run by the loop later, its name as given.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.eager_task_factory

    @since-3.14
    Scenario: The same coroutine function, eager by default and lazy on request
      Given the program:
        """python
        import asyncio

        steps = []

        async def job(label):
            steps.append(f"{label} ran its first step as {asyncio.current_task().get_name()}")

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(asyncio.eager_task_factory)
            eager = loop.create_task(job("eager"), name="E")
            print(f"eager: done at return {eager.done()}, steps {steps}")
            steps.clear()
            lazy = loop.create_task(job("lazy"), eager_start=False, name="L")
            print(f"lazy: done at return {lazy.done()}, steps {steps}")
            await lazy
            print(f"lazy after await: {steps}")
            also_lazy = asyncio.create_task(job("also lazy"), eager_start=False)
            print(f"asyncio.create_task(eager_start=False): done at return {also_lazy.done()}")
            await also_lazy

        asyncio.run(main())
        """
      Then the output is:
        """
        eager: done at return True, steps ['eager ran its first step as E']
        lazy: done at return False, steps []
        lazy after await: ['lazy ran its first step as L']
        asyncio.create_task(eager_start=False): done at return False
        """
      And the program completes normally
