@loop
Feature: TimerHandles hash by their deadline and compare by deadline, callback and state
  asyncio's TimerHandle (events.py) defines __hash__ as hash(self._when),
  orders handles by their deadlines, and calls two handles equal when their
  deadlines, callbacks, arguments and cancelled states are all equal (cancel()
  drops the callback and its arguments). The loop's timer heap relies on the
  ordering; the documentation does not describe any of it, and uvloop's
  TimerHandle neither hashes by the deadline nor compares, so the rule is a
  detail.

  @rule-loop.timer-handle.hash-and-comparison @detail
  Rule: hash(timer) is hash(timer.when()); TimerHandles order by deadline (<, >), and == (and the = of <= and >=) holds when deadline, callback, arguments and cancelled state are equal.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.TimerHandle
    Detail: comparison: TimerHandle's __hash__, __eq__ and ordering are CPython's (events.py), undocumented; uvloop's TimerHandle has none of them, and Pyodide's WebLoop returns plain Handles from call_at
    Before 3.9 the ordering of a TimerHandle with another type raised
    AttributeError rather than TypeError, so the program compares handles only.

    Scenario: Equal deadlines and callbacks make equal handles until one is cancelled; a later deadline orders after
      Given the program:
        """python
        import asyncio


        def callback(*args):
            return args


        async def main(loop):
            when = loop.time() + 2
            first = loop.call_at(when, callback)
            second = loop.call_at(when, callback)
            print(f"same deadline: < {first < second}, <= {first <= second}, > {first > second}, >= {first >= second}, == {first == second}, != {first != second}")
            print(f"hash is the deadline's: {hash(first) == hash(when)}")
            with_args = loop.call_at(when, callback, 1, "a")
            same_args = loop.call_at(when, callback, 1, "a")
            other_callback = loop.call_at(when, print)
            print(f"same arguments: {with_args == same_args}, other arguments: {with_args == first}, other callback: {other_callback == first}")
            second.cancel()
            print(f"one cancelled: == {first == second}, != {first != second}, <= {first <= second}, >= {first >= second}")
            later = loop.call_at(when + 1, callback)
            print(f"later deadline: < {first < later}, <= {first <= later}, > {first > later}, >= {first >= later}, == {first == later}")
            plain = loop.call_soon(callback)
            print(f"a plain Handle: == {first == plain}")
            for handle in [first, with_args, same_args, other_callback, later, plain]:
                handle.cancel()
            await asyncio.sleep(0)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main(loop))
        loop.close()
        """
      Then the output is:
        """
        same deadline: < False, <= True, > False, >= True, == True, != False
        hash is the deadline's: True
        same arguments: True, other arguments: False, other callback: False
        one cancelled: == False, != True, <= False, >= False
        later deadline: < True, <= True, > False, >= False, == False
        a plain Handle: == False
        """
      And the program completes normally
