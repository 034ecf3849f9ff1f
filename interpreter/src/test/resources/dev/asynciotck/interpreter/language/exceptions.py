# exceptions and hierarchy
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code

class NotFound(AppError):
    pass

try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, str(e), repr(e), e.args)

def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    return n

for n in range(3):
    try:
        r = risky(n)
    except (ValueError, TypeError) as e:
        print("caught", repr(e))
    else:
        print("ok", r)
    finally:
        print("finally", n)

def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(g())

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise RuntimeError("b")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
print(isinstance(ValueError("x"), (TypeError, ValueError)))
e = Exception("a", 1)
print(str(e), repr(e), e.args)
print(repr(KeyError()), str(KeyError("k")), str(KeyError("k", "j")))
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    x = undefined_thing
except NameError as e:
    print(e)
def h():
    y = y + 1
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(str(Custom()), repr(Custom(1)))
try:
    raise Custom()
except Exception as e:
    print(f"{e}", f"{e!r}")
err = None
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("deleted:", e)
