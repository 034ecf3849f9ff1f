eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError), eg.split(Exception)[0] is eg)
print(repr(eg.derive([ValueError(9)])), eg.exceptions[1].message, str(eg))
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ValueError("v")])
    except* ValueError:
        raise RuntimeError("replacement")
except ExceptionGroup as rest:
    print("rest:", repr(rest), [repr(e.__context__) for e in rest.exceptions if isinstance(e, RuntimeError)])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
