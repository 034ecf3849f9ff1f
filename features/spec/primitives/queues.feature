@primitives
Feature: Queues hand items between tasks
  asyncio.Queue and its subclasses LifoQueue and PriorityQueue pass items from
  producer tasks to consumer tasks. get() suspends the caller while the queue is
  empty and put() suspends it while a bounded queue is full; the non-blocking
  variants get_nowait() and put_nowait() raise instead of waiting. Besides the
  items, a queue counts unfinished work: every put adds one, every task_done()
  removes one, and join() waits until the count is back at zero.

  Waiting getters and putters are served first come, first served, and
  cancelling a blocked get() or put() never loses an item: a cancelled getter
  does not consume one and a cancelled putter does not add one. A get() wrapped
  in asyncio.wait_for is the exception: when its task is cancelled just after an
  item arrived, the outcome has changed twice across versions. Python 3.13 adds
  shutdown(), after which puts fail and gets fail once the queue is empty.

  Every program creates its queues inside a coroutine: before Python 3.10 a
  queue binds to the current event loop when it is constructed.

  @rule-queue.order.by-class @required
  Rule: Queue returns items first in first out, LifoQueue last in first out, and PriorityQueue lowest item first.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue
    Queue hands items out first in, first out; LifoQueue hands out the most
    recently added item first; PriorityQueue hands out the lowest item first.

    Scenario Outline: <queue> returns the same inserts in <order> order
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.<queue>()
            for item in [3, 1, 4, 1, 5, 2]:
                await queue.put(item)
            taken = []
            while not queue.empty():
                item = await queue.get()
                taken.append(item)
            print(taken)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        <taken>
        """
      And the program completes normally

      Examples:
        | queue         | order          | taken              |
        | Queue         | first-in       | [3, 1, 4, 1, 5, 2] |
        | LifoQueue     | last-in        | [2, 5, 1, 4, 1, 3] |
        | PriorityQueue | lowest-value   | [1, 1, 2, 3, 4, 5] |

  @rule-queue.nowait.raises-when-unavailable @required
  Rule: get_nowait on an empty queue raises QueueEmpty and put_nowait on a full queue raises QueueFull, leaving the queue unchanged.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.get_nowait
    get_nowait() on an empty queue raises QueueEmpty and put_nowait() on a full
    queue raises QueueFull; the queue is left unchanged.

    Scenario: QueueEmpty from an empty queue, QueueFull from a full one
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue(maxsize=1)
            try:
                queue.get_nowait()
            except asyncio.QueueEmpty as e:
                print(f"get_nowait on an empty queue: {type(e).__name__}")
            queue.put_nowait("a")
            try:
                queue.put_nowait("b")
            except asyncio.QueueFull as e:
                print(f"put_nowait on a full queue: {type(e).__name__}")
            print(f"items: {queue.qsize()}, first: {queue.get_nowait()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        get_nowait on an empty queue: QueueEmpty
        put_nowait on a full queue: QueueFull
        items: 1, first: a
        """
      And the program completes normally

  @rule-queue.put.waits-for-free-slot @required
  Rule: put on a queue holding maxsize items suspends the caller until a get removes an item.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.put
    A queue built with maxsize > 0 holds at most maxsize items; put() suspends
    its caller while the queue is full and completes once an item is removed.

    Scenario: The producer blocks on the third item until the consumer takes one
      Given the program:
        """python
        import asyncio

        async def producer(queue):
            for item in ["a", "b", "c"]:
                print(f"producer: putting {item}")
                await queue.put(item)
                print(f"producer: put {item}")
            print("producer: done")

        async def main():
            queue = asyncio.Queue(maxsize=2)
            task = asyncio.ensure_future(producer(queue))
            await asyncio.sleep(0.01)
            print(f"main: queue holds {queue.qsize()}, full={queue.full()}")
            item = await queue.get()
            print(f"main: got {item}")
            await task
            print(f"main: queue holds {queue.qsize()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        producer: putting a
        producer: put a
        producer: putting b
        producer: put b
        producer: putting c
        main: queue holds 2, full=True
        main: got a
        producer: put c
        producer: done
        main: queue holds 2
        """
      And the program completes normally

  @rule-queue.size.reports-contents @required
  Rule: qsize is the number of queued items, empty is true at zero, and full is true at maxsize items and never when maxsize is 0.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.qsize
    qsize() is the number of items in the queue; full() is true when maxsize
    items are queued, and never for a queue with maxsize 0 (unbounded).

    Scenario: A bounded and an unbounded queue report their size
      Given the program:
        """python
        import asyncio

        def show(label, queue):
            print(f"{label}: qsize={queue.qsize()} empty={queue.empty()} full={queue.full()} maxsize={queue.maxsize}")

        async def main():
            bounded = asyncio.Queue(maxsize=2)
            show("new", bounded)
            bounded.put_nowait(1)
            show("one item", bounded)
            bounded.put_nowait(2)
            show("two items", bounded)
            bounded.get_nowait()
            show("one taken", bounded)
            unbounded = asyncio.Queue()
            for i in range(1000):
                unbounded.put_nowait(i)
            show("unbounded", unbounded)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        new: qsize=0 empty=True full=False maxsize=2
        one item: qsize=1 empty=False full=False maxsize=2
        two items: qsize=2 empty=False full=True maxsize=2
        one taken: qsize=1 empty=False full=False maxsize=2
        unbounded: qsize=1000 empty=False full=False maxsize=0
        """
      And the program completes normally

  @rule-queue.join.waits-for-task-done @required
  Rule: join returns once task_done has been called for every item put; taking an item with get does not count.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.join
    Each put raises the count of unfinished tasks and each task_done() lowers it;
    taking an item with get() does not. join() returns once the count is zero.

    Scenario: join returns only after task_done, not after get
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue()
            await queue.join()
            print("join on a fresh queue returns at once")
            queue.put_nowait("a")
            queue.get_nowait()
            joiner = asyncio.ensure_future(queue.join())
            await asyncio.sleep(0.01)
            print(f"item taken but not marked done: join done={joiner.done()}")
            queue.task_done()
            await asyncio.sleep(0)
            print(f"after task_done: join done={joiner.done()}")
            await joiner

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        join on a fresh queue returns at once
        item taken but not marked done: join done=False
        after task_done: join done=True
        """
      And the program completes normally

    Scenario: A worker marks each item done and join returns after the last one
      Given the program:
        """python
        import asyncio

        async def worker(queue):
            while True:
                item = await queue.get()
                await asyncio.sleep(0.01)
                print(f"worker: finished {item}")
                queue.task_done()

        async def main():
            queue = asyncio.Queue()
            for item in ["a", "b", "c"]:
                queue.put_nowait(item)
            task = asyncio.ensure_future(worker(queue))
            await queue.join()
            print(f"main: join returned, qsize={queue.qsize()}")
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                print("main: worker stopped")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        worker: finished a
        worker: finished b
        worker: finished c
        main: join returned, qsize=0
        main: worker stopped
        """
      And the program completes normally

  @rule-queue.task-done.too-many @required
  Rule: task_done called more times than items were put raises ValueError.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.task_done
    Once the count of unfinished tasks is zero, a further task_done() raises
    ValueError.

    Scenario: The second task_done for a single item raises ValueError
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue()
            queue.put_nowait("a")
            queue.get_nowait()
            queue.task_done()
            print("first task_done accepted")
            try:
                queue.task_done()
            except ValueError as e:
                print(f"second task_done: {type(e).__name__}")
            queue.task_done()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        print("unreachable")
        """
      Then the output is:
        """
        first task_done accepted
        second task_done: ValueError
        """
      And the program raises ValueError

  @rule-queue.get.fifo-getters @required
  Rule: Tasks blocked in get receive items in the order in which they started waiting.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.get
    Each put wakes the getter that has waited longest, so items reach blocked
    consumers first come, first served.

    Scenario: Three blocked consumers receive three items in arrival order
      Given the program:
        """python
        import asyncio

        async def consumer(name, queue):
            item = await queue.get()
            print(f"{name} got {item}")

        async def main():
            queue = asyncio.Queue()
            tasks = []
            for name in ["c1", "c2", "c3"]:
                tasks.append(asyncio.ensure_future(consumer(name, queue)))
                await asyncio.sleep(0)
            for item in ["x", "y", "z"]:
                queue.put_nowait(item)
            await asyncio.wait(tasks)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        c1 got x
        c2 got y
        c3 got z
        """
      And the program completes normally

  @rule-queue.get.cancelled-keeps-item @required
  Rule: A getter cancelled while blocked never consumes an item, whether the item is put before or after the cancellation: it goes to the next getter or stays queued.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.get
    When a task blocked in get() is cancelled, the item goes to the next waiting
    getter or stays in the queue. This holds also when the item was put after
    the cancellation, and when it was put first but the getter had not yet
    resumed: the woken getter raises CancelledError and passes the wake-up on.

    # The interleaving helper either cancels first or puts first, within one
    # step of main; both orders give the same result on every version.
    Scenario Outline: With <interleaving>, the item goes to the next getter or stays queued
      Given the program:
        """python
        import asyncio

        async def getter(name, queue):
            try:
                item = await queue.get()
                print(f"{name}: got {item}")
            except asyncio.CancelledError:
                print(f"{name}: cancelled")
                raise

        def cancel_then_put(task, queue, item):
            task.cancel()
            queue.put_nowait(item)

        def put_then_cancel(task, queue, item):
            queue.put_nowait(item)
            task.cancel()

        async def main():
            queue = asyncio.Queue()
            first = asyncio.ensure_future(getter("first", queue))
            second = asyncio.ensure_future(getter("second", queue))
            await asyncio.sleep(0)
            <interleaving>(first, queue, "x")
            await asyncio.wait([first, second])
            print(f"main: qsize={queue.qsize()}")
            lone = asyncio.ensure_future(getter("lone", queue))
            await asyncio.sleep(0)
            <interleaving>(lone, queue, "y")
            await asyncio.wait([lone])
            print(f"main: qsize={queue.qsize()}, item={queue.get_nowait()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        first: cancelled
        second: got x
        main: qsize=0
        lone: cancelled
        main: qsize=1, item=y
        """
      And the program completes normally

      Examples:
        | interleaving    |
        | cancel_then_put |
        | put_then_cancel |

  @rule-queue.get.wait-for-cancelled-after-put @required
  Rule: Cancelling a task in wait_for(queue.get()) after a put woke the get loses the item before 3.8, delivers it and drops the cancellation in 3.8-3.11, and leaves it queued from 3.12.
    Link: https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for
    wait_for(queue.get(), timeout) runs the get in an inner task. When the outer
    task is cancelled after put() has woken that inner get but before it resumed,
    the outcome depends on the version: before 3.8 the inner get takes the item
    and the outer task is cancelled, so the item is lost; in 3.8–3.11 wait_for
    returns the item and the cancellation is dropped; from 3.12 the inner get is
    cancelled too and the item stays in the queue.

    # Before 3.8 wait_for cancels the inner task only after it already took the
    # item, and re-raises CancelledError without looking at its result.
    @before-3.8
    Scenario: Before 3.8 the item is taken and lost
      Given the program:
        """python
        import asyncio

        async def getter(queue):
            try:
                item = await asyncio.wait_for(queue.get(), 10)
                print(f"getter: got {item}")
            except asyncio.CancelledError:
                print("getter: cancelled")
                raise

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(getter(queue))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            queue.put_nowait("x")
            task.cancel()
            await asyncio.wait([task])
            print(f"main: cancelled={task.cancelled()} qsize={queue.qsize()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        getter: cancelled
        main: cancelled=True qsize=0
        """
      And the program completes normally

    # In 3.8-3.11 wait_for, when cancelled, returns the inner task's result if
    # that task is already done, so the cancellation request is swallowed.
    @since-3.8 @before-3.12
    Scenario: In 3.8 to 3.11 the getter receives the item and is not cancelled
      Given the program:
        """python
        import asyncio

        async def getter(queue):
            try:
                item = await asyncio.wait_for(queue.get(), 10)
                print(f"getter: got {item}")
            except asyncio.CancelledError:
                print("getter: cancelled")
                raise

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(getter(queue))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            queue.put_nowait("x")
            task.cancel()
            await asyncio.wait([task])
            print(f"main: cancelled={task.cancelled()} qsize={queue.qsize()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        getter: got x
        main: cancelled=False qsize=0
        """
      And the program completes normally

    # From 3.12 wait_for awaits the inner task directly, so the cancellation
    # reaches the woken get() before it resumes and the item stays queued.
    @since-3.12
    Scenario: From 3.12 the getter is cancelled and the item stays in the queue
      Given the program:
        """python
        import asyncio

        async def getter(queue):
            try:
                item = await asyncio.wait_for(queue.get(), 10)
                print(f"getter: got {item}")
            except asyncio.CancelledError:
                print("getter: cancelled")
                raise

        async def main():
            queue = asyncio.Queue()
            task = asyncio.ensure_future(getter(queue))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            queue.put_nowait("x")
            task.cancel()
            await asyncio.wait([task])
            print(f"main: cancelled={task.cancelled()} qsize={queue.qsize()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        getter: cancelled
        main: cancelled=True qsize=1
        """
      And the program completes normally

  @rule-queue.put.cancelled-adds-nothing @required
  Rule: A putter cancelled while blocked on a full queue does not add its item, and the freed slot goes to the next waiting putter.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.put
    When a task blocked in put() on a full queue is cancelled, its item is never
    added and the free slot goes to the next waiting putter, whether the
    cancellation came before the slot was freed or after it but before the
    putter resumed.

    Scenario Outline: With <interleaving>, the next putter fills the free slot
      Given the program:
        """python
        import asyncio

        async def putter(name, queue, item):
            try:
                await queue.put(item)
                print(f"{name}: put {item}")
            except asyncio.CancelledError:
                print(f"{name}: cancelled, {item} not added")
                raise

        def cancel_then_get(task, queue):
            task.cancel()
            return queue.get_nowait()

        def get_then_cancel(task, queue):
            item = queue.get_nowait()
            task.cancel()
            return item

        async def main():
            queue = asyncio.Queue(maxsize=1)
            queue.put_nowait("a")
            p1 = asyncio.ensure_future(putter("p1", queue, "b"))
            p2 = asyncio.ensure_future(putter("p2", queue, "c"))
            await asyncio.sleep(0)
            item = <interleaving>(p1, queue)
            print(f"main: took {item}")
            await asyncio.wait([p1, p2])
            item = queue.get_nowait()
            print(f"main: took {item}, qsize={queue.qsize()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        """
      Then the output is:
        """
        main: took a
        p1: cancelled, b not added
        p2: put c
        main: took c, qsize=0
        """
      And the program completes normally

      Examples:
        | interleaving    |
        | cancel_then_get |
        | get_then_cancel |

  @rule-queue.shutdown.refuses-puts @required
  Rule: From 3.13, after shutdown puts raise QueueShutDown, gets drain the remaining items and then raise QueueShutDown, and blocked getters and putters are woken with QueueShutDown.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.shutdown
    New in Python 3.13. After shutdown(), put() and put_nowait() raise
    QueueShutDown; get() and get_nowait() still return the queued items and raise
    QueueShutDown once the queue is empty. Tasks blocked in get() or put() are
    woken and raise QueueShutDown.

    # Queue.shutdown and QueueShutDown do not exist before 3.13.
    @since-3.13
    Scenario: A shut-down queue refuses puts and drains before refusing gets
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue()
            queue.put_nowait("a")
            queue.put_nowait("b")
            queue.shutdown()
            try:
                await queue.put("c")
            except asyncio.QueueShutDown as e:
                print(f"put after shutdown: {type(e).__name__}")
            try:
                queue.put_nowait("c")
            except asyncio.QueueShutDown as e:
                print(f"put_nowait after shutdown: {type(e).__name__}")
            first = await queue.get()
            second = queue.get_nowait()
            print(f"still draining: {first} {second}")
            try:
                await queue.get()
            except asyncio.QueueShutDown as e:
                print(f"get on the empty shut-down queue: {type(e).__name__}")
            try:
                queue.get_nowait()
            except asyncio.QueueShutDown as e:
                print(f"get_nowait on the empty shut-down queue: {type(e).__name__}")

        asyncio.run(main())
        """
      Then the output is:
        """
        put after shutdown: QueueShutDown
        put_nowait after shutdown: QueueShutDown
        still draining: a b
        get on the empty shut-down queue: QueueShutDown
        get_nowait on the empty shut-down queue: QueueShutDown
        """
      And the program completes normally

    # Queue.shutdown and QueueShutDown do not exist before 3.13.
    @since-3.13
    Scenario: shutdown wakes a blocked getter and a blocked putter with QueueShutDown
      Given the program:
        """python
        import asyncio

        async def consumer(queue):
            try:
                await queue.get()
            except asyncio.QueueShutDown as e:
                print(f"blocked get: {type(e).__name__}")

        async def producer(queue):
            try:
                await queue.put("b")
            except asyncio.QueueShutDown as e:
                print(f"blocked put: {type(e).__name__}")

        async def main():
            empty = asyncio.Queue()
            full = asyncio.Queue(maxsize=1)
            full.put_nowait("a")
            tasks = [asyncio.create_task(consumer(empty)), asyncio.create_task(producer(full))]
            await asyncio.sleep(0)
            empty.shutdown()
            full.shutdown()
            await asyncio.wait(tasks)
            print(f"the full queue still holds {full.get_nowait()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        blocked get: QueueShutDown
        blocked put: QueueShutDown
        the full queue still holds a
        """
      And the program completes normally

  @rule-queue.shutdown.immediate-drops-items @required
  Rule: From 3.13, shutdown(immediate=True) empties the queue, marks each dropped item done, and makes gets raise QueueShutDown at once.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.shutdown
    New in Python 3.13. An immediate shutdown empties the queue, marks one task
    done for each dropped item, and makes get() raise QueueShutDown at once.

    # Queue.shutdown and QueueShutDown do not exist before 3.13.
    @since-3.13
    Scenario: After an immediate shutdown the queue is empty and join returns
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue()
            for item in ["a", "b", "c"]:
                queue.put_nowait(item)
            queue.shutdown(immediate=True)
            print(f"after immediate shutdown: qsize={queue.qsize()}")
            await queue.join()
            print("join returned: the dropped items count as done")
            try:
                queue.get_nowait()
            except asyncio.QueueShutDown as e:
                print(f"get_nowait: {type(e).__name__}")

        asyncio.run(main())
        """
      Then the output is:
        """
        after immediate shutdown: qsize=0
        join returned: the dropped items count as done
        get_nowait: QueueShutDown
        """
      And the program completes normally
