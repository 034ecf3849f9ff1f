import asyncio
import concurrent.futures
import contextvars
import threading

cvar = contextvars.ContextVar("cvar", default="unset")
main_ident = threading.get_ident()

def in_thread(tag, sep=": "):
    here = threading.current_thread()
    return f"{tag}{sep}main thread {here is threading.main_thread()}, same ident {threading.get_ident() == main_ident}, sees {cvar.get()}"

async def main():
    cvar.set("main's value")
    loop = asyncio.get_running_loop()
    print(in_thread("the coroutine"))
    print(await loop.run_in_executor(None, in_thread, "run_in_executor"))
    print(await asyncio.to_thread(in_thread, "to_thread", sep=" -> "))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
        fut = pool.submit(lambda: threading.current_thread().name)
        print(fut.result(), fut.done(), fut.cancelled(), fut.running())
    wrapped = asyncio.wrap_future(concurrent.futures.Future())
    wrapped.cancel()
    ctx = contextvars.copy_context()
    handle = loop.call_soon(in_thread, "callback", context=ctx)
    print(handle.get_context() is ctx, asyncio.current_task().get_context()[cvar])
    cf = concurrent.futures.Future()
    cf.add_done_callback(lambda f: print("concurrent callback:", f.result()))
    cf.set_result("done")
    try:
        cf.set_result("again")
    except concurrent.futures.InvalidStateError:
        print("set twice: InvalidStateError")
    try:
        concurrent.futures.Future().result(timeout=0.01)
    except concurrent.futures.TimeoutError as e:
        print("timeout:", type(e).__name__, isinstance(e, TimeoutError))
    gone = concurrent.futures.Future()
    gone.cancel()
    try:
        gone.result()
    except concurrent.futures.CancelledError as e:
        print("cancelled:", type(e).__name__, isinstance(e, asyncio.CancelledError), isinstance(e, Exception))

with asyncio.Runner(debug=False) as runner:
    runner.run(main())
    print(runner.get_loop().get_debug(), cvar.get())
