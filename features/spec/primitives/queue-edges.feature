@primitives
Feature: Queues keep their order and their count of unfinished items in every case
  An asyncio.PriorityQueue keeps its items in a binary heap (the heapq module):
  each get takes the smallest item and restores the heap. That the smallest
  item comes out first must hold for every insertion order, not only for the
  ones that happen to leave the heap sorted, and also when puts and gets
  alternate.

  Python 3.13 added Queue.shutdown. An immediate shutdown drops the queued
  items and counts each as done, which may finish the queue's work: a join()
  that is already waiting must then return.

  @rule-queue.priority.smallest-first @required
  Rule: A PriorityQueue hands out its smallest item for any insertion order, also with puts and gets interleaved; (priority, data) entries with equal priorities are ordered by their data.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.PriorityQueue
    Items come out lowest first for any order of insertion, also when puts and
    gets are interleaved; entries are compared as Python compares them, so
    (priority, data) tuples with equal priorities are ordered by their data.

    Scenario: Several insertion orders, interleaved puts and gets, and (priority, job) entries
      Given the program:
        """python
        import asyncio

        async def main():
            for inserts in [[0, 2, 1], [5, 1, 3, 2, 4]]:
                queue = asyncio.PriorityQueue()
                for item in inserts:
                    queue.put_nowait(item)
                taken = [queue.get_nowait() for _ in inserts]
                print(f"put {inserts}, got {taken}")

            queue = asyncio.PriorityQueue()
            taken = []
            for item in [7, 3, 9]:
                queue.put_nowait(item)
            taken.append(queue.get_nowait())
            for item in [1, 8, 4]:
                queue.put_nowait(item)
            while not queue.empty():
                taken.append(queue.get_nowait())
            print(f"put 7, 3, 9, got one, put 1, 8, 4: got {taken}")

            queue = asyncio.PriorityQueue()
            for entry in [(2, "write report"), (1, "fix build"), (3, "lunch"), (1, "answer mail")]:
                queue.put_nowait(entry)
            while not queue.empty():
                priority, job = queue.get_nowait()
                print(f"{priority}: {job}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        put [0, 2, 1], got [0, 1, 2]
        put [5, 1, 3, 2, 4], got [1, 2, 3, 4, 5]
        put 7, 3, 9, got one, put 1, 8, 4: got [3, 1, 4, 7, 8, 9]
        1: answer mail
        1: fix build
        2: write report
        3: lunch
        """
      And the program completes normally

  @rule-queue.shutdown.immediate-wakes-join @required
  Rule: The items an immediate shutdown drops count as done, so a join() already waiting returns when no unfinished item is left.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.shutdown
    New in Python 3.13. The items that shutdown(immediate=True) drops count as
    done; when that leaves no unfinished item, every waiting join() returns.

    # Queue.shutdown does not exist before 3.13.
    @since-3.13
    Scenario: join() waits for two items, and returns once they are dropped
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue()
            queue.put_nowait("a")
            queue.put_nowait("b")
            joiner = asyncio.create_task(queue.join())
            await asyncio.sleep(0)
            print(f"join waiting: done={joiner.done()}")
            queue.shutdown(immediate=True)
            await asyncio.sleep(0)
            print(f"after the immediate shutdown: join done={joiner.done()}, qsize={queue.qsize()}")

        asyncio.run(main())
        """
      Then the output is:
        """
        join waiting: done=False
        after the immediate shutdown: join done=True, qsize=0
        """
      And the program completes normally
