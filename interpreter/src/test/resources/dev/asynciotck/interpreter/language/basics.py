print("hello", 1, 2.5, None, True, [1, 'a', (1,)], {'k': [1.0, 1e16, 0.1]})
x = 10
def f(a, b=2, *args, **kw):
    return a + b + len(args) + len(kw)
print(f(1), f(1, 2, 3, 4, z=5))
class E(Exception):
    pass
try:
    raise E("boom")
except Exception as e:
    print(repr(e), str(e), type(e).__name__, isinstance(e, E))
print(f"{x!r:>5}|{x:05d}|{3.14159:.2f}|{'it''s'!r}")
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n
print(outer())
print([i * i for i in range(5) if i % 2 == 0], {k: v for k, v in zip("ab", [1, 2])})
print(sorted([3, 1, 2], reverse=True), min(4, 2, 8), max([1, 9, 3]), sum(range(10)))
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    try:
        raise ValueError("inner") from e
    except ValueError as v:
        print(repr(v.__cause__), repr(v.__context__))
for i in range(3):
    if i == 1:
        continue
    print(i, end=" ")
else:
    print("done")
while True:
    break
print(2 ** 100, -7 // 2, -7 % 3, 7 / 2, 1e16, 1.0, 0.1 + 0.2)
a, *b, c = [1, 2, 3, 4]
print(a, b, c, "%s-%05.1f" % ("x", 3.14159), "{} {name}".format(1, name="n"))
print(type(1).__name__, type(None).__name__, isinstance(True, int), issubclass(KeyError, LookupError))
