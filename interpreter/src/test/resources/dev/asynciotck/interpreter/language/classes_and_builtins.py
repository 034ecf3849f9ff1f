class Point:
    count = 0
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    @staticmethod
    def origin():
        return Point(0)
    @classmethod
    def make(cls, v):
        return cls(v, v)

p = Point(1, 2)
print(p, [p, Point.origin()], p + Point.make(3), p.norm, Point.count, p == Point(1, 2), p != Point(1, 2))
print(sorted([Point(3), Point(1, 5), Point(1, 1)]))
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
print(Child().hello(), isinstance(Child(), Base), Child.__name__, Child.__mro__ if False else "")
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = make()
add(1); add(2)
print(items)
s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.split(","), "-".join(["a", "b"]), s.strip().startswith("Hell"), s.replace("l", "L", 2))
print("a,b,,c".split(","), "a b  c".split(), "x".center(5, "*"), "42".zfill(5), "abc"[::-1], "abcdef"[1:4], "title case".title())
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z", 0), d.pop("a"), d, len(d), "b" in d)
d.setdefault("x", []).append(1)
print(d, d.keys())
s1 = {3, 1, 2}
s1.add(5)
print(s1, s1 & {1, 5}, s1 | {9}, s1 - {1}, len(s1), 5 in s1, set(), {1: 2} | {3: 4})
l = [5, 3, 8]
l.append(1); l.insert(0, 9); l.extend([7]); l.sort()
print(l, l.pop(), l.index(5), l.count(3), l[1:3], l[-1], list(reversed(l)))
print(list(enumerate("ab", 1)), list(zip([1, 2], "xy")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(any([0, 1]), all([1, 0]), abs(-3.5), round(2.675, 2), round(7.5), divmod(7, -2), 10 ** -2, int("42") + int(3.9), float("1.5"))
print(f"{3.14159:8.3f}|{42:<6}|{'x':^5}|{1234567:,}|{0.25:.1%}|{255:#x}|{-5:+d}|{1e-7}|{123456789012345678}")
print("%d items at %.1f%% (%s)" % (3, 99.5, "ok"), str(1/3), repr(2/3), 1e100, -0.0, 3.0 * 2)
t = (1, 2, 3)
a, b, c = t
print(t, t[1:], (1,), (), a + b + c, t.count(2), t.index(3), tuple([1, 2]) + (3,))
print(bool([]), bool("x"), not None, 1 if [] else 2, [] or "default", 0 and 1, None is None, 1 < 2 < 3, 3 > 2 == 2)
x = [1, 2]
y = x
y += [3]
print(x, x is y, [1] * 3, "ab" * 2, 7 // 2, 7 % 2, -7 // 2, 2 ** 10, 1_000_000, 0x1f, 0b101, 0o17)
print(type(p).__name__, type(1.0), type("s"), type([]).__name__, callable(print), hasattr(p, "x"), getattr(p, "z", "no"))
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [v for row in matrix for v in row if v])
print(max("abc", key=lambda c: -ord(c)), min([], default="empty"), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(str(True), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"), "é", repr("é"))
print(chr(65), ord("a"), hex(255), bin(5), oct(8), format(3.5, ".3f"), "{:>4}|{:<4}|".format(1, 2), "{0}{1}{0}".format("a", "b"))
del d["b"]
print(d, [*range(3), *"ab"], {**{"a": 1}, "b": 2})
