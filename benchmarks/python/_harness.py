"""Shared by the workload scripts: options, the loop to use, timing, and the one JSON line each prints.

A script defines run(runner, n) -> (seconds, check), where check proves the work was done; the harness
runs it --warmup times unmeasured and --repeat times measured, and prints
{"workload", "target", "n", "unit", "rates", "rate"} with rate the median of rates (n / seconds).
"""
import argparse
import asyncio
import json
import platform
import statistics
import sys


def loop_factory(kind):
    if kind == "uvloop":
        import uvloop
        return uvloop.new_event_loop
    return asyncio.new_event_loop


def target_name(kind):
    version = "cpython-%d.%d" % sys.version_info[:2]
    if platform.python_implementation() != "CPython":
        version = platform.python_implementation().lower() + "-%d.%d" % sys.version_info[:2]
    return version + ("+uvloop" if kind == "uvloop" else "")


def main(workload, default_n, unit, run, expected):
    parser = argparse.ArgumentParser(description="asyncio-tck benchmark: " + workload)
    parser.add_argument("--n", type=int, default=default_n)
    parser.add_argument("--loop", choices=["asyncio", "uvloop"], default="asyncio")
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    factory = loop_factory(args.loop)
    rates = []
    extra = {}
    for i in range(args.warmup + args.repeat):
        with asyncio.Runner(loop_factory=factory) as runner:
            seconds, check, *more = run(runner, args.n)
        if check != expected(args.n):
            sys.exit("%s: expected %r, got %r" % (workload, expected(args.n), check))
        if i >= args.warmup:
            rates.append(args.n / seconds)
            for key, value in (more[0] if more else {}).items():
                extra.setdefault(key, []).append(value)
    result = {"workload": workload, "target": target_name(args.loop), "n": args.n, "unit": unit,
              "rates": rates, "rate": statistics.median(rates)}
    for key, values in extra.items():
        result[key] = statistics.median(values)
    print(json.dumps(result), flush=True)
