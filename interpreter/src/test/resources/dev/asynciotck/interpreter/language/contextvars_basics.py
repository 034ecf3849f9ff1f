import contextvars

var = contextvars.ContextVar("var", default=42)
plain = contextvars.ContextVar("plain")
print(var.name, var.get(), var.get(7))
try:
    plain.get()
except LookupError as e:
    print("LookupError:", e.args[0] is plain)
print(plain.get("fallback"))
token = var.set(1)
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
token2 = var.set(2)
print(token2.old_value)
var.reset(token2)
print(var.get())
try:
    var.reset(token2)
except RuntimeError:
    print("reset twice: RuntimeError")
var.reset(token)
print(var.get())
ctx = contextvars.copy_context()
print(type(ctx).__name__, var in ctx, len(ctx))

def inside(x, y=0):
    plain.set(x + y)
    return plain.get() * 10

print(ctx.run(inside, 1, y=2))
print(ctx[plain], ctx.get(plain), ctx.get(var, "none"), plain.get("not here"))
try:
    ctx.run(ctx.run, inside, 5)
except RuntimeError:
    print("entering twice: RuntimeError")
other = ctx.copy()
other.run(plain.set, 99)
print(ctx[plain], other[plain])
t = plain.set(3)
try:
    other.run(plain.reset, t)
except ValueError:
    print("reset in another context: ValueError")
try:
    var.reset(t)
except ValueError:
    print("reset with another variable's token: ValueError")
try:
    ctx[var]
except KeyError:
    print("ctx[var]: KeyError")
print(sorted(v.name for v in ctx), list(ctx.values()) == [ctx[k] for k in ctx.keys()], len(ctx.items()))
empty = contextvars.Context()
print(len(empty), empty.get(var), type(var).__name__, type(t).__name__)
