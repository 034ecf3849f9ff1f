@primitives
Feature: What acquire() and Condition.wait() return, and what BrokenBarrierError is
  The synchronization primitives document their return values: Lock.acquire(),
  Semaphore.acquire() (BoundedSemaphore's too) and Condition.acquire(), the
  Condition's underlying lock, return True, whether the primitive was free or
  the task had to wait; Condition.wait() returns True once the task is woken
  and holds the lock again. From 3.11 BrokenBarrierError, which a broken or
  reset Barrier raises, is a subclass of RuntimeError, so `except RuntimeError`
  catches it.

  @rule-lock.acquire.returns-true @required
  Rule: Lock.acquire(), Semaphore.acquire(), BoundedSemaphore.acquire() and Condition.acquire() return True, both when the primitive is free and after the task waited for it.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock.acquire
    "This method waits until the lock is unlocked, sets it to locked and returns True"; Semaphore.acquire:
    "If the internal counter is greater than zero, decrement it by one and return True immediately. If it is
    zero, wait until a release() is called and return True." A Condition's acquire is its lock's.

    Scenario: Each primitive acquired at once and after waiting for its holder
      Given the program:
        """python
        import asyncio

        async def holder(name, primitive, release_after):
            got = await primitive.acquire()
            print(f"{name}: acquire returned {got}")
            await asyncio.sleep(release_after)
            primitive.release()

        async def main():
            for label, primitive in [("Lock", asyncio.Lock()), ("Semaphore", asyncio.Semaphore(1)),
                                     ("BoundedSemaphore", asyncio.BoundedSemaphore(1)), ("Condition", asyncio.Condition())]:
                first = asyncio.ensure_future(holder(label + " at once", primitive, 0.05))
                await asyncio.sleep(0)
                second = asyncio.ensure_future(holder(label + " after waiting", primitive, 0))
                await asyncio.wait([first, second])

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        Lock at once: acquire returned True
        Lock after waiting: acquire returned True
        Semaphore at once: acquire returned True
        Semaphore after waiting: acquire returned True
        BoundedSemaphore at once: acquire returned True
        BoundedSemaphore after waiting: acquire returned True
        Condition at once: acquire returned True
        Condition after waiting: acquire returned True
        """
      And the program completes normally

  @rule-condition.wait.returns-true @required
  Rule: Condition.wait() returns True once a notify has woken the task and it holds the lock again.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Condition.wait
    "Once awakened, the Condition re-acquires its lock and this method returns True."

    Scenario: A waiter notified by another task gets True with the lock held
      Given the program:
        """python
        import asyncio

        async def waiter(condition):
            async with condition:
                woke = await condition.wait()
                print(f"wait returned {woke}, locked: {condition.locked()}")

        async def main():
            condition = asyncio.Condition()
            task = asyncio.ensure_future(waiter(condition))
            await asyncio.sleep(0.01)
            async with condition:
                condition.notify()
                print("notified")
            await task

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        notified
        wait returned True, locked: True
        """
      And the program completes normally

  @rule-barrier.broken-error.is-runtime-error @required
  Rule: From 3.11, BrokenBarrierError is a subclass of RuntimeError: except RuntimeError catches what a broken Barrier raises.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.BrokenBarrierError
    "This exception, a subclass of RuntimeError, is raised when the Barrier object is reset or broken."

    # Barrier and BrokenBarrierError are new in 3.11 (AttributeError before).
    @since-3.11
    Scenario: A waiter of an aborted barrier is caught by except RuntimeError
      Given the program:
        """python
        import asyncio

        async def main():
            print(f"subclass of RuntimeError: {issubclass(asyncio.BrokenBarrierError, RuntimeError)}")
            barrier = asyncio.Barrier(2)
            waiter = asyncio.ensure_future(barrier.wait())
            await asyncio.sleep(0)
            await barrier.abort()
            try:
                await waiter
            except RuntimeError as e:
                print(f"caught by except RuntimeError: {type(e).__name__}")

        asyncio.run(main())
        """
      Then the output is:
        """
        subclass of RuntimeError: True
        caught by except RuntimeError: BrokenBarrierError
        """
      And the program completes normally
