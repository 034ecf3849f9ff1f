@primitives
Feature: async with on a lock, condition or semaphore binds None and holds it for the block
  Lock, Condition, Semaphore and BoundedSemaphore are asynchronous context
  managers: `async with p` acquires p on entry and releases it on exit. Their
  __aenter__ returns None, so `async with p as bound` binds None, and the
  primitive stays acquired for the whole block, across its awaits.

  @rule-primitives.async-with.binds-none-and-holds @required
  Rule: async with on a Lock, Condition, Semaphore or BoundedSemaphore binds None to its target and holds the primitive (locked() True) through the block, awaits included, releasing it on exit.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock
    A Semaphore of one (the default) or a BoundedSemaphore is locked() while its
    single slot is taken; a Condition is locked() while its underlying lock is.

    Scenario Outline: async with asyncio.<primitive>() as bound
      Given the program:
        """python
        import asyncio

        async def main():
            primitive = asyncio.<primitive>()
            print(f"before: locked {primitive.locked()}")
            async with primitive as bound:
                inside = primitive.locked()
                await asyncio.sleep(0)
                still = primitive.locked()
            print(f"bound {bound!r}, locked inside {inside}, after an await {still}, after the block {primitive.locked()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        before: locked False
        bound None, locked inside True, after an await True, after the block False
        """
      And the program completes normally

      Examples:
        | primitive        |
        | Lock             |
        | Condition        |
        | Semaphore        |
        | BoundedSemaphore |
