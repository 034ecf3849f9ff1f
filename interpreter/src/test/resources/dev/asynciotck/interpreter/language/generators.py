def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            print(f"counter received {received!r}")
        i += 1
    return f"counted {n}"


g = counter(3)
print(type(g).__name__, iter(g) is g)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print(f"StopIteration value={e.value!r}")
try:
    next(g)
except StopIteration as e:
    print(f"exhausted again: value={e.value!r} args={e.args!r}")
print(next(counter(0), "default"))

fresh = counter(2)
try:
    fresh.send(1)
except TypeError as e:
    print(f"TypeError: {e}")


def guarded():
    try:
        yield "first"
        yield "second"
    except ValueError as e:
        print(f"guarded caught {e}")
        yield "after the error"
    finally:
        print("guarded finally")


g = guarded()
print(next(g))
print(g.throw(ValueError("bad")))
g.close()
print("closed")
g.close()

g = guarded()
try:
    g.throw(KeyError("never started"))
except KeyError as e:
    print(f"a throw into a fresh generator raises at once: {e!r}")
print(list(g))


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(f"RuntimeError: {e}")


def inner():
    x = yield "inner 1"
    print(f"inner got {x!r}")
    yield "inner 2"
    return "inner result"


def outer():
    result = yield from inner()
    print(f"yield from gave {result!r}")
    yield from [10, 20]
    yield from (c for c in "ab")


o = outer()
print(next(o))
print(o.send("sent through"))
print(list(o))


def raises_stop():
    yield 1
    raise StopIteration("leaked")


try:
    list(raises_stop())
except RuntimeError as e:
    print(f"RuntimeError: {e}, cause {type(e.__cause__).__name__}")


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print(f"ValueError: {e}")

print(sum(x * x for x in range(10)), list(enumerate(counter(2))), list(zip(counter(3), "xyz")))
print(sorted((n % 3, n) for n in range(5)), any(x > 2 for x in counter(5)), "-".join(str(i) for i in range(3)))
calls = []


def source():
    for i in range(3):
        calls.append(i)
        yield i


lazy = (x * 2 for x in source())
print(f"nothing pulled yet: {calls}")
print(next(lazy), calls)
print(list(lazy), calls)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)])))
squares = (lambda n: (i * i for i in range(n)))(4)
print(list(squares), list(squares))
