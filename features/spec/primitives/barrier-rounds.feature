@primitives
Feature: A Barrier is reusable: rounds, resets, aborts and cancelled parties
  asyncio.Barrier (Python 3.11+) lets a fixed number of parties meet: each wait() blocks until that many
  tasks wait, then all pass and the barrier starts its next round. While the released parties drain out
  of wait(), parties that wait again are held for the next round. reset() and abort() make the current
  waiters raise BrokenBarrierError; after reset() the barrier is usable again, after abort() it stays
  broken until reset() is called. CPython's own test_locks checks each of these; here the tasks print it.

  @rule-barrier.parties.must-be-positive @required
  Rule: From 3.11, Barrier(parties) raises ValueError unless parties is at least 1; Barrier(1) lets every wait through at once with index 0.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: Barrier(0), Barrier(-4) and Barrier(1)
      Given the program:
        """python
        import asyncio

        async def main():
            for parties in (0, -4):
                try:
                    asyncio.Barrier(parties)
                except ValueError as e:
                    print(f"Barrier({parties}): {type(e).__name__}")
            one = asyncio.Barrier(1)
            async with one as index:
                print(f"Barrier(1): async with passes at once with index {index}")
            index = await one.wait()
            print(f"Barrier(1) again: index {index}, n_waiting={one.n_waiting} broken={one.broken}")

        asyncio.run(main())
        """
      Then the output is:
        """
        Barrier(0): ValueError
        Barrier(-4): ValueError
        Barrier(1): async with passes at once with index 0
        Barrier(1) again: index 0, n_waiting=0 broken=False
        """
      And the program completes normally

  @rule-barrier.parties.must-be-positive.wording @detail
  Rule: CPython's message for a Barrier without parties: 'parties must be > 0' in 3.11, 'parties must be >= 1' from 3.14 (3.12 and 3.13 changed it in a patch release).
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier

    # asyncio.Barrier does not exist before 3.11; 3.14 words the message 'parties must be >= 1'.
    # 3.12 and 3.13 are left out: the new wording came to them in a patch release
    # (gh-129403: 3.13.0 and 3.12.1 say '> 0', 3.13.2 says '>= 1').
    @since-3.11 @before-3.12
    Scenario: Barrier(0) and Barrier(-4) with CPython's message
      Given the program:
        """python
        import asyncio

        async def main():
            for parties in (0, -4):
                try:
                    asyncio.Barrier(parties)
                except ValueError as e:
                    print(f"Barrier({parties}): ValueError: {e}")

        asyncio.run(main())
        """
      Then the output is:
        """
        Barrier(0): ValueError: parties must be > 0
        Barrier(-4): ValueError: parties must be > 0
        """
      And the program completes normally

    # 3.11 words the message 'parties must be > 0' (3.12 and 3.13: see above).
    @since-3.14
    Scenario: Barrier(0) and Barrier(-4) with CPython 3.14's message
      Given the program:
        """python
        import asyncio

        async def main():
            for parties in (0, -4):
                try:
                    asyncio.Barrier(parties)
                except ValueError as e:
                    print(f"Barrier({parties}): ValueError: {e}")

        asyncio.run(main())
        """
      Then the output is:
        """
        Barrier(0): ValueError: parties must be >= 1
        Barrier(-4): ValueError: parties must be >= 1
        """
      And the program completes normally

  @rule-barrier.wait.reusable-rounds @required
  Rule: From 3.11, a Barrier serves round after round: async with barrier waits like wait(), each round hands out the indices 0 to parties - 1 again, and a party that waits again while the others still drain is held for the next round.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier.wait
    The last party to arrive passes first (it does not suspend); the others resume in the order they
    arrived. No party passes its second wait() before every party has passed its first.

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: Three parties pass two rounds, the first through async with
      Given the program:
        """python
        import asyncio

        async def main():
            barrier = asyncio.Barrier(3)
            log = []

            async def party(name):
                async with barrier as first:
                    log.append((1, first))
                    second = await barrier.wait()
                    log.append((2, second))

            await asyncio.gather(*(party(n) for n in "abc"))
            round1 = sorted(i for r, i in log if r == 1)
            round2 = sorted(i for r, i in log if r == 2)
            print(f"round 1 indices {round1}, round 2 indices {round2}")
            print(f"all round-1 passes before any round-2 pass: {[r for r, i in log]}")
            print(f"n_waiting={barrier.n_waiting} broken={barrier.broken}")

        asyncio.run(main())
        """
      Then the output is:
        """
        round 1 indices [0, 1, 2], round 2 indices [0, 1, 2]
        all round-1 passes before any round-2 pass: [1, 1, 1, 2, 2, 2]
        n_waiting=0 broken=False
        """
      And the program completes normally

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: Three parties each wait twice
      Given the program:
        """python
        import asyncio

        async def main():
            barrier = asyncio.Barrier(3)
            log = []

            async def party(name):
                await barrier.wait()
                log.append(f"{name}: round 1")
                await barrier.wait()
                log.append(f"{name}: round 2")

            await asyncio.gather(*(party(n) for n in "abc"))
            print("\n".join(log))

        asyncio.run(main())
        """
      Then the output is:
        """
        c: round 1
        a: round 1
        b: round 1
        a: round 2
        b: round 2
        c: round 2
        """
      And the program completes normally

  @rule-barrier.wait.cancelled-party-leaves @required
  Rule: From 3.11, a party cancelled while it waits at a Barrier leaves it: n_waiting drops by one and later arrivals fill the round.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier.wait

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: One of two waiting parties is cancelled, two more arrive
      Given the program:
        """python
        import asyncio

        async def main():
            barrier = asyncio.Barrier(3)
            async def party(name):
                await barrier.wait()
                print(f"{name}: passed")
            t1 = asyncio.create_task(party("t1"))
            t2 = asyncio.create_task(party("t2"))
            await asyncio.sleep(0)
            print(f"two waiting: n_waiting={barrier.n_waiting}")
            t1.cancel()
            await asyncio.sleep(0)
            print(f"t1 cancelled: n_waiting={barrier.n_waiting} cancelled={t1.cancelled()}")
            t3 = asyncio.create_task(party("t3"))
            await asyncio.sleep(0)
            print(f"t3 arrived: n_waiting={barrier.n_waiting}")
            await asyncio.gather(t2, t3, party("t4"))
            print(f"n_waiting={barrier.n_waiting} broken={barrier.broken}")

        asyncio.run(main())
        """
      Then the output is:
        """
        two waiting: n_waiting=2
        t1 cancelled: n_waiting=1 cancelled=True
        t3 arrived: n_waiting=2
        t4: passed
        t2: passed
        t3: passed
        n_waiting=0 broken=False
        """
      And the program completes normally

  @rule-barrier.reset.breaks-waiters @required
  Rule: From 3.11, Barrier.reset makes the parties waiting raise BrokenBarrierError and leaves the barrier usable, also after abort; reset of an idle barrier changes nothing.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier.reset

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: reset() of an idle barrier, then with two of three parties waiting
      Given the program:
        """python
        import asyncio

        async def main():
            barrier = asyncio.Barrier(1)
            await barrier.reset()
            print(f"reset of an idle barrier: n_waiting={barrier.n_waiting} broken={barrier.broken}")

            barrier = asyncio.Barrier(3)

            async def party(name):
                try:
                    await barrier.wait()
                    print(f"{name}: passed")
                except asyncio.BrokenBarrierError:
                    print(f"{name}: BrokenBarrierError, waits again")
                    await barrier.wait()
                    print(f"{name}: passed the next round")

            tasks = [asyncio.create_task(party(n)) for n in ("a", "b")]
            await asyncio.sleep(0)
            print(f"resetting with {barrier.n_waiting} waiting")
            await barrier.reset()
            await asyncio.sleep(0)
            print(f"after reset: broken={barrier.broken}")
            await barrier.wait()
            print("main: passed with the two")
            await asyncio.gather(*tasks)
            print(f"n_waiting={barrier.n_waiting} broken={barrier.broken}")

        asyncio.run(main())
        """
      Then the output is:
        """
        reset of an idle barrier: n_waiting=0 broken=False
        resetting with 2 waiting
        a: BrokenBarrierError, waits again
        b: BrokenBarrierError, waits again
        after reset: broken=False
        a: passed the next round
        b: passed the next round
        main: passed with the two
        n_waiting=0 broken=False
        """
      And the program completes normally

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: reset() after abort() makes the barrier usable again
      Given the program:
        """python
        import asyncio

        async def main():
            barrier = asyncio.Barrier(2)

            async def party():
                try:
                    await barrier.wait()
                except asyncio.BrokenBarrierError:
                    print("party: BrokenBarrierError")

            task = asyncio.create_task(party())
            await asyncio.sleep(0)
            await barrier.abort()
            await task
            print(f"aborted: broken={barrier.broken}")
            await barrier.reset()
            print(f"reset after abort: broken={barrier.broken}")
            indices = await asyncio.gather(barrier.wait(), barrier.wait())
            print(f"usable again: indices {sorted(indices)}")

        asyncio.run(main())
        """
      Then the output is:
        """
        party: BrokenBarrierError
        aborted: broken=True
        reset after abort: broken=False
        usable again: indices [0, 1]
        """
      And the program completes normally

  @rule-barrier.reset.while-draining @required
  Rule: From 3.11, reset() by a released party while others have not yet resumed from wait() makes those raise BrokenBarrierError; every party then passes the next round.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier.reset
    Five parties pass; the first two to resume wait again at once, the third resets. The two released
    parties that had not resumed yet get BrokenBarrierError, the parties already waiting again are not
    broken, and all five meet again in the next round.

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: A released party resets while two others still drain and two wait again
      Given the program:
        """python
        import asyncio

        async def main():
            N = 5
            barrier = asyncio.Barrier(N)
            log = []
            count = 0
            async def party(name):
                nonlocal count
                try:
                    await barrier.wait()
                except asyncio.BrokenBarrierError:
                    log.append(f"{name}: broken before resuming")
                    await barrier.wait()
                    log.append(f"{name}: passed after the reset")
                    return
                count += 1
                if count > 2:
                    log.append(f"{name}: passed, resets")
                    await barrier.reset()
                    await barrier.wait()
                    log.append(f"{name}: passed after the reset")
                else:
                    log.append(f"{name}: passed, waits again")
                    try:
                        await barrier.wait()
                        log.append(f"{name}: passed after the reset")
                    except asyncio.BrokenBarrierError:
                        log.append(f"{name}: broken while waiting again")
            await asyncio.gather(*(party(f"p{i}") for i in range(N)))
            print("\n".join(log))
            print(f"broken={barrier.broken} n_waiting={barrier.n_waiting}")

        asyncio.run(main())
        """
      Then the output is:
        """
        p4: passed, waits again
        p0: passed, waits again
        p1: passed, resets
        p2: broken before resuming
        p3: broken before resuming
        p2: passed after the reset
        p3: passed after the reset
        p4: passed after the reset
        p0: passed after the reset
        p1: passed after the reset
        broken=False n_waiting=0
        """
      And the program completes normally

  @rule-barrier.abort.while-draining @required
  Rule: From 3.11, abort() by a released party makes the parties that have not resumed yet and the parties waiting again raise BrokenBarrierError; the barrier stays broken.
    Link: https://docs.python.org/3/library/asyncio-sync.html#asyncio.Barrier.abort

    # asyncio.Barrier does not exist before 3.11.
    @since-3.11
    Scenario: A released party aborts while two others still drain and two wait again
      Given the program:
        """python
        import asyncio

        async def main():
            N = 5
            barrier = asyncio.Barrier(N)
            log = []
            count = 0
            async def party(name):
                nonlocal count
                try:
                    await barrier.wait()
                except asyncio.BrokenBarrierError:
                    log.append(f"{name}: broken before resuming")
                    return
                count += 1
                if count > 2:
                    log.append(f"{name}: passed, aborts")
                    await barrier.abort()
                else:
                    log.append(f"{name}: passed, waits again")
                    try:
                        await barrier.wait()
                    except asyncio.BrokenBarrierError:
                        log.append(f"{name}: broken while waiting again")
            await asyncio.gather(*(party(f"p{i}") for i in range(N)))
            print("\n".join(log))
            print(f"broken={barrier.broken} n_waiting={barrier.n_waiting}")


        asyncio.run(main())
        """
      Then the output is:
        """
        p4: passed, waits again
        p0: passed, waits again
        p1: passed, aborts
        p2: broken before resuming
        p3: broken before resuming
        p4: broken while waiting again
        p0: broken while waiting again
        broken=True n_waiting=0
        """
      And the program completes normally
