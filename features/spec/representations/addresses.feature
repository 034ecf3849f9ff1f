@representations
Feature: The address in a repr is the object's id()
  Some of CPython's reprs show the object's address: a queue's
  (<Queue at 0x... maxsize=0>), the locks', the event's, the semaphores' and the
  condition's (built on object.__repr__, <asyncio.locks.Lock object at 0x...
  [unlocked]>) and a coroutine's (<coroutine object main at 0x...>). That
  address is id(obj) in hex, so a program finds hex(id(obj)) in repr(obj).
  The programs compare the two themselves and print only the outcome, never an
  address.

  @rule-repr.queue.address @detail
  Rule: repr() of a queue is its str() with ' at ' and hex(id(queue)) after the class name, in every state; str() shows no address.
    Link: https://docs.python.org/3/library/asyncio-queue.html#queue
    Detail: repr: a queue's repr and str are CPython's (queues.py __repr__ and __str__); the docs promise neither
    CPython's test_queues checks that hex(id(q)) appears in repr(q) and not in str(q) (test_repr, test_str), with
    the same contents as str(q) (waiting getters and putters, unfinished items).

    Scenario: repr() is str() plus the id, for each kind of queue, with getters, putters and items
      Given the program:
        """python
        import asyncio

        def shown(queue):
            address = hex(id(queue))
            text = repr(queue)
            return f"{address in text} {address in str(queue)} {text.replace(' at ' + address, '', 1) == str(queue)} {str(queue)}"

        async def main():
            for cls in [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]:
                print(shown(cls()))
            queue = asyncio.Queue(maxsize=1)
            getter = asyncio.ensure_future(queue.get())
            await asyncio.sleep(0)
            print(shown(queue))
            queue.put_nowait(1)
            await getter
            queue.put_nowait(2)
            putter = asyncio.ensure_future(queue.put(3))
            await asyncio.sleep(0)
            print(shown(queue))
            queue.get_nowait()
            await putter
            print(shown(queue))

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        True False True <Queue maxsize=0>
        True False True <LifoQueue maxsize=0>
        True False True <PriorityQueue maxsize=0>
        True False True <Queue maxsize=1 _getters[1]>
        True False True <Queue maxsize=1 _queue=[2] _putters[1] tasks=2>
        True False True <Queue maxsize=1 _queue=[3] tasks=3>
        """
      And the program completes normally

  @rule-repr.address.is-id @detail
  Rule: The address in the repr of a lock, an event, a semaphore, a bounded semaphore, a condition and a coroutine is hex(id(obj)).
    Link: https://docs.python.org/3/library/functions.html#id
    Detail: repr: these reprs and the address in them are CPython's (object.__repr__, which locks.py builds on, and the coroutine's); the docs promise no repr

    Scenario: hex(id(obj)) appears in the repr of each
      Given the program:
        """python
        import asyncio

        async def child():
            pass

        async def main():
            coroutine = child()
            objects = [("Lock", asyncio.Lock()), ("Event", asyncio.Event()), ("Semaphore", asyncio.Semaphore(2)),
                       ("BoundedSemaphore", asyncio.BoundedSemaphore()), ("Condition", asyncio.Condition()),
                       ("coroutine", coroutine)]
            for name, obj in objects:
                print(name, hex(id(obj)) in repr(obj))
            await coroutine

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        Lock True
        Event True
        Semaphore True
        BoundedSemaphore True
        Condition True
        coroutine True
        """
      And the program completes normally
