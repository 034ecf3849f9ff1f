@loop
Feature: The event loop policy: one current policy, whose get_event_loop keeps the current loop
  The policy (asyncio-policy.html) owns the current event loop of each thread:
  get_event_loop_policy() returns the current policy, set_event_loop_policy()
  replaces it, and the default policy's get_event_loop() returns the loop set
  for the main thread. From 3.14 every use of the policy API warns with a
  DeprecationWarning (spec/versions/policy-deprecation.feature); warnings go to
  stderr, which is not compared.

  @rule-loop.policy.current @required
  Rule: get_event_loop_policy() returns the same AbstractEventLoopPolicy every time, inside a running loop too, and after set_event_loop_policy(policy) it returns that policy.
    Link: https://docs.python.org/3/library/asyncio-policy.html#asyncio.get_event_loop_policy

    Scenario: The current policy is one object, and setting it keeps it current
      Given the program:
        """python
        import asyncio

        first = asyncio.get_event_loop_policy()
        second = asyncio.get_event_loop_policy()
        print(f"same policy: {first is second}")
        print(f"abstract policy: {isinstance(first, asyncio.AbstractEventLoopPolicy)}")


        async def main():
            inside = asyncio.get_event_loop_policy()
            print(f"same inside a running loop: {inside is first}")

        loop = first.new_event_loop()
        first.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.close()
        asyncio.set_event_loop_policy(first)
        print(f"set policy is current: {asyncio.get_event_loop_policy() is first}")
        """
      Then the output is:
        """
        same policy: True
        abstract policy: True
        same inside a running loop: True
        set policy is current: True
        """
      And the program completes normally

  @rule-loop.policy.set-rejects-non-policy @detail
  Rule: set_event_loop_policy of an object that is not an AbstractEventLoopPolicy (nor None) raises TypeError from 3.11 (an AssertionError before) and leaves the current policy in place.
    Link: https://docs.python.org/3/library/asyncio-policy.html#asyncio.set_event_loop_policy
    Detail: exception type by version: the documentation names no exception; CPython checked with an assert before 3.11 and raises TypeError since

    @since-3.11
    Scenario: set_event_loop_policy(object()) raises TypeError
      Given the program:
        """python
        import asyncio

        policy = asyncio.get_event_loop_policy()
        try:
            asyncio.set_event_loop_policy(object())
            print("object(): accepted")
        except (TypeError, AssertionError) as e:
            print(f"object(): {type(e).__name__}")
        print(f"policy unchanged: {asyncio.get_event_loop_policy() is policy}")
        """
      Then the output is:
        """
        object(): TypeError
        policy unchanged: True
        """
      And the program completes normally

    @before-3.11
    Scenario: Before 3.11 set_event_loop_policy(object()) fails its assertion
      Given the program:
        """python
        import asyncio

        policy = asyncio.get_event_loop_policy()
        try:
            asyncio.set_event_loop_policy(object())
            print("object(): accepted")
        except (TypeError, AssertionError) as e:
            print(f"object(): {type(e).__name__}")
        print(f"policy unchanged: {asyncio.get_event_loop_policy() is policy}")
        """
      Then the output is:
        """
        object(): AssertionError
        policy unchanged: True
        """
      And the program completes normally

  @rule-loop.policy.get-event-loop @required
  Rule: On the main thread with no loop set, the default policy's get_event_loop() creates a loop and keeps it as the current one before 3.14, and raises RuntimeError from 3.14; a loop set through the policy is what its get_event_loop() and asyncio.get_event_loop() return outside a running loop.
    Link: https://docs.python.org/3/library/asyncio-policy.html#asyncio.AbstractEventLoopPolicy.get_event_loop
    From 3.12 to 3.13 the implicit creation warns with a DeprecationWarning (on stderr).

    @before-3.14
    Scenario: Up to 3.13 the policy makes the main thread's loop once and returns it again
      Given the program:
        """python
        import asyncio

        policy = asyncio.get_event_loop_policy()
        loop = policy.get_event_loop()
        print(f"an open loop: {not loop.is_closed()}")
        print(f"same loop again: {policy.get_event_loop() is loop}")
        print(f"the module's current loop: {asyncio.get_event_loop() is loop}")
        loop.close()
        """
      Then the output is:
        """
        an open loop: True
        same loop again: True
        the module's current loop: True
        """
      And the program completes normally

    @since-3.14
    Scenario: From 3.14 the policy raises RuntimeError until a loop is set, then returns that loop
      Given the program:
        """python
        import asyncio

        policy = asyncio.get_event_loop_policy()
        try:
            policy.get_event_loop()
            print("no loop set: a loop")
        except RuntimeError as e:
            print(f"no loop set: {type(e).__name__}")
        loop = policy.new_event_loop()
        policy.set_event_loop(loop)
        print(f"the set loop: {policy.get_event_loop() is loop}")
        print(f"the module's current loop: {asyncio.get_event_loop() is loop}")
        loop.close()
        """
      Then the output is:
        """
        no loop set: RuntimeError
        the set loop: True
        the module's current loop: True
        """
      And the program completes normally

  @rule-loop.policy.program-policy.running-loop-first @required
  Rule: A program's own policy set with set_event_loop_policy() is what asyncio.get_event_loop() asks outside a running loop, and its result or exception is get_event_loop()'s; inside a running loop get_event_loop() returns the running loop without asking the policy.
    Link: https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.get_event_loop
    "When called from a coroutine or a callback ... this function will always
    return the running event loop. If there is no running event loop set, the
    function will return the result of the get_event_loop_policy().get_event_loop()
    call." The policy here is a subclass of DefaultEventLoopPolicy whose
    get_event_loop raises, so a loop set through set_event_loop() does not
    change what it says.

    Scenario: A policy whose get_event_loop raises is asked only while no loop runs
      Given the program:
        """python
        import asyncio


        class RefusingPolicy(asyncio.DefaultEventLoopPolicy):
            def get_event_loop(self):
                print("the policy's get_event_loop is called")
                raise LookupError("no loop from this policy")


        policy = RefusingPolicy()
        asyncio.set_event_loop_policy(policy)
        print(f"get_event_loop_policy() is the program's policy: {asyncio.get_event_loop_policy() is policy}")
        loop = asyncio.new_event_loop()

        try:
            asyncio.get_event_loop()
        except LookupError as e:
            print(f"outside a running loop: {type(e).__name__}: {e}")


        async def main():
            print(f"inside the running loop: get_event_loop() is the running loop: {asyncio.get_event_loop() is loop}")


        loop.run_until_complete(main())
        asyncio.set_event_loop(loop)
        try:
            asyncio.get_event_loop()
        except LookupError as e:
            print(f"with a loop set but none running: {type(e).__name__}: {e}")
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        get_event_loop_policy() is the program's policy: True
        the policy's get_event_loop is called
        outside a running loop: LookupError: no loop from this policy
        inside the running loop: get_event_loop() is the running loop: True
        the policy's get_event_loop is called
        with a loop set but none running: LookupError: no loop from this policy
        """
      And the program completes normally

  @rule-loop.policy.program-policy.module-functions @required
  Rule: asyncio.new_event_loop() and asyncio.set_event_loop() call the current policy's new_event_loop() and set_event_loop(), a program policy's overrides included (its super() calls reach the default policy's own current loop); asyncio.run() (3.7+) makes its loop with the policy's new_event_loop(), sets it with set_event_loop() before main runs and sets None once main is done.
    Link: https://docs.python.org/3/library/asyncio-policy.html#asyncio-policies
    "Custom event loop policies can control the behavior of get_event_loop(),
    set_event_loop(), and new_event_loop()". The Runner behind asyncio.run()
    documents its loop: "By default asyncio.new_event_loop() is used and set as
    current event loop with asyncio.set_event_loop() if loop_factory is None"
    (runners.py of 3.7-3.11 does the same, and sets None before closing it).

    Scenario: new_event_loop() and set_event_loop() go through the program's policy
      Given the program:
        """python
        import asyncio


        class TracingPolicy(asyncio.DefaultEventLoopPolicy):
            def new_event_loop(self):
                print("the policy's new_event_loop is called")
                return super().new_event_loop()

            def set_event_loop(self, loop):
                print(f"the policy's set_event_loop is called with {'None' if loop is None else 'a loop'}")
                super().set_event_loop(loop)


        asyncio.set_event_loop_policy(TracingPolicy())
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        print(f"get_event_loop() is the loop set through the policy: {asyncio.get_event_loop() is loop}")


        async def main():
            print(f"inside: get_event_loop() is the running loop: {asyncio.get_event_loop() is loop}")


        loop.run_until_complete(main())
        asyncio.set_event_loop(None)
        loop.close()
        """
      Then the output is:
        """
        the policy's new_event_loop is called
        the policy's set_event_loop is called with a loop
        get_event_loop() is the loop set through the policy: True
        inside: get_event_loop() is the running loop: True
        the policy's set_event_loop is called with None
        """
      And the program completes normally

    @since-3.7
    Scenario: asyncio.run() makes and sets its loop through the program's policy
      Given the program:
        """python
        import asyncio


        class TracingPolicy(asyncio.DefaultEventLoopPolicy):
            def new_event_loop(self):
                print("the policy's new_event_loop is called")
                return super().new_event_loop()

            def set_event_loop(self, loop):
                print(f"the policy's set_event_loop is called with {'None' if loop is None else 'a loop'}")
                super().set_event_loop(loop)


        async def main():
            print("main runs")
            return "result"


        asyncio.set_event_loop_policy(TracingPolicy())
        print(f"asyncio.run returned {asyncio.run(main())!r}")
        """
      Then the output is:
        """
        the policy's new_event_loop is called
        the policy's set_event_loop is called with a loop
        main runs
        the policy's set_event_loop is called with None
        asyncio.run returned 'result'
        """
      And the program completes normally
