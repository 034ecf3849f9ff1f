@loop
Feature: From 3.14 the event loop policy system is deprecated, with a DeprecationWarning on each use
  Python 3.14 deprecated asyncio's policy system, to be removed in 3.16:
  get_event_loop_policy(), set_event_loop_policy(), the policy classes
  (AbstractEventLoopPolicy, DefaultEventLoopPolicy, and on Windows the two
  Windows policies) and asyncio.iscoroutinefunction() (use
  inspect.iscoroutinefunction()) warn with DeprecationWarning when used. A
  warning goes to stderr, which the specification does not compare, so the
  program records the warnings with the warnings module (not applicable to
  the reference's 3.13; reference@3.14 and reference@3.15 run it).

  @rule-loop.policy.deprecated @detail
  Rule: From 3.14 get_event_loop_policy(), set_event_loop_policy(), asyncio.DefaultEventLoopPolicy, asyncio.AbstractEventLoopPolicy and asyncio.iscoroutinefunction() each warn "'asyncio.NAME' is deprecated and slated for removal in Python 3.16" (DeprecationWarning).
    Link: https://docs.python.org/3/library/asyncio-policy.html
    Detail: warning text: the DeprecationWarning's text is CPython's
    What's New in 3.14 deprecates the policy system for removal in 3.16; the
    warning's text is CPython's (warnings._deprecated in events.py,
    coroutines.py and asyncio/__init__.py of 3.14). Up to 3.13 none of them warns.

    @since-3.14
    Scenario: Each use of the policy API warns once
      Given the program:
        """python
        import asyncio
        import warnings

        async def main():
            return "ran"

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            policy = asyncio.get_event_loop_policy()
            asyncio.set_event_loop_policy(policy)
            asyncio.DefaultEventLoopPolicy
            asyncio.AbstractEventLoopPolicy
            asyncio.iscoroutinefunction(main)
        for warning in caught:
            print(f"{warning.category.__name__}: {str(warning.message).split(';')[0]}")
        print(f"warnings: {len(caught)}")
        """
      Then the output is:
        """
        DeprecationWarning: 'asyncio.get_event_loop_policy' is deprecated and slated for removal in Python 3.16
        DeprecationWarning: 'asyncio.set_event_loop_policy' is deprecated and slated for removal in Python 3.16
        DeprecationWarning: 'asyncio.DefaultEventLoopPolicy' is deprecated and slated for removal in Python 3.16
        DeprecationWarning: 'asyncio.AbstractEventLoopPolicy' is deprecated and slated for removal in Python 3.16
        DeprecationWarning: 'asyncio.iscoroutinefunction' is deprecated and slated for removal in Python 3.16
        warnings: 5
        """
      And the program completes normally
