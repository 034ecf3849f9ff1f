values = [0.1, 1.5, 100.0, 1e15, 1e16, 1.23e-5, 0.0001, 123456789.123, 1/3, 2/3, 1e-10, 5e-324, 1.7976931348623157e308, -2.5, 3.0e20, 12345678901234567890.0, 0.000123, 99.99]
for v in values:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:.2g}", f"{v:10.4}", f"{v:,.2f}")
print(format(1234.5, "012,.2f"), format(-3, "05d"), format(42, "x>8"), format(42, "^9,"), format(0.5, "0.0%"), format(7, "b"))
print(f"{'abc':.2}", f"{'abc':*^9}", f"{12:#o}", f"{3.0:.0f}", f"{2.5:.0f}", f"{-0.0:.1f}", f"{1e300 * 1e10}", f"{float('nan')}")
print(round(0.5), round(1.5), round(-0.5), round(2.5), round(3.14159, 3), round(1234, -2), round(-1.25, 1))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 0.5, 4 ** 0.5, (-2) ** 2, 2 ** -2, 1 + 2.0, True + 1.5, 7.0 // 2, 7.5 % 2)
print(int(-3.7), int("  12 "), int("ff", 16), float("  -1.5e3 "), str(10**20), 10**20 / 3, 2**63, -2**63, 2**64 - 1)
print(3 * "ab", [0] * 3, (1, 2) * 2, "a" < "b", [1, 2] < [1, 3], (1, "a") < (1, "b"), "abc" > "abd", 1 == 1.0, 1 is True)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    if n == 10:
        break
else:
    print("while finished", n)
for i in []:
    pass
else:
    print("empty for else")
for x in range(10, 0, -3):
    print(x, end=",")
print()
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(25), len(str(fact(50))))
def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2), kw_only(a=0, b=1, c=2))
def star(*args, **kwargs):
    return args, kwargs
print(star(1, 2, x=3), star(*[1, 2], **{"y": 4}))
print(list(range(5))[::2], list(range(5))[-2:], "hello"[1:-1], [1, 2, 3][::-1], list(range(0)), range(3), range(1, 10, 2))
x = 5
print("small" if x < 3 else "medium" if x < 10 else "large")
print(*[1, 2, 3], sep=" | ", end=" <end>\n")
print()
print("a", "b", sep="")
def no_return():
    pass
print(no_return(), print is print, [] == [], [] is [], None == False)
