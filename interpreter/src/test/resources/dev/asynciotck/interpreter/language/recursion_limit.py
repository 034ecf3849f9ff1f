import sys
from sys import getrecursionlimit

print(sys.getrecursionlimit(), getrecursionlimit())
for bad in (0, -5, "x", 2.5):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)


def at(n, limit):
    if n:
        return at(n - 1, limit)
    try:
        sys.setrecursionlimit(limit)
        return "set"
    except RecursionError as e:
        return "RecursionError " + str(e)


def down(n):
    return 0 if n == 0 else down(n - 1) + 1


def deepest():
    level = 1

    def inner(k):
        nonlocal level
        level = k
        inner(k + 1)

    try:
        inner(1)
    except RecursionError:
        return level


print(at(50, 40))
print(at(50, 60), sys.getrecursionlimit())
print("nested below a function called from the module:", deepest())
sys.setrecursionlimit(1500)
print(down(1400), deepest())
sys.setrecursionlimit(100)
try:
    down(200)
except RecursionError:
    print("RecursionError at 200 with limit 100")
print(deepest())
sys.setrecursionlimit(1000)
print(down(900))
down(5000)
