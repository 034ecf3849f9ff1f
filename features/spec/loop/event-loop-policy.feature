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
