import contextvars
import decimal
from decimal import Decimal

print(Decimal(1) / Decimal(3), repr(Decimal(1) / Decimal(7)))
print(Decimal("1.50") + Decimal("2.5"), Decimal("10") - 3, 2 * Decimal("0.25"), 1 / Decimal(8))
print(Decimal(6) / Decimal(3), Decimal("1.00") / 4, Decimal(100) / Decimal("1E1"), Decimal("1E+3"))
print(Decimal(0.5), Decimal(" 12_345 "), Decimal(True), Decimal(Decimal("7.0")))
print(Decimal("-0"), Decimal(-1) * Decimal(0), Decimal("-0") + Decimal("-0"), -Decimal("0"), Decimal(1) - Decimal(1))
print(Decimal("0.000001"), Decimal("0.0000001"), Decimal(12345678901234567890123456789012345))
print(Decimal(1) == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal("2.0") == Decimal(2), Decimal(1) != 2)
print(Decimal(1) < 2, 3 > Decimal("2.5"), Decimal("0.1") < 0.1, sorted([Decimal(3), 1, Decimal("2.5")]))
print(bool(Decimal(0)), bool(Decimal("0.00")), bool(Decimal("0.1")))
print({Decimal(1): "one"}.get(1), {1.5: "x"}.get(Decimal("1.50")), len({Decimal(2), 2, 2.0}))
print(f"{Decimal('3.14')}", str(Decimal("2.50")), [Decimal("1.1")])
try:
    Decimal(1) + 1.5
except TypeError:
    print("Decimal + float: TypeError")

print(decimal.getcontext().prec)
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(ctx.prec, decimal.getcontext() is ctx, Decimal(2) / Decimal(3), Decimal("1.234567") + 0, -Decimal("1.234567"))
print(decimal.getcontext().prec, Decimal(2) / Decimal(3))
try:
    decimal.getcontext().prec = 0
except ValueError as e:
    print("ValueError:", e)

def in_a_copy():
    decimal.getcontext().prec = 4
    return str(Decimal(1) / Decimal(3))

print(contextvars.copy_context().run(in_a_copy), Decimal(1) / Decimal(3))
saved = decimal.getcontext()
mine = decimal.Context(prec=3)
decimal.setcontext(mine)
print(decimal.getcontext() is mine, Decimal(10) / Decimal(3))
decimal.setcontext(saved)
print(Decimal(10) / Decimal(3))
