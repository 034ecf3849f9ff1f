// One Pyodide interpreter that runs programs one after another, each from the same checkpoint.
//
// After start-up and wasm_bootstrap.py, the interpreter is frozen (gc.freeze) and checkpointed: a copy of the
// whole wasm linear memory and of Pyodide's table of JavaScript references (hiwire; its bookkeeping lives in
// linear memory, its values in a wasm table), the same state Pyodide's own memory snapshots record. A program
// runs through the harness, then the interpreter is finalized for real (Py_FinalizeEx: atexit, module
// teardown, the last garbage collections and the reports they trigger), then memory and table are copied
// back. The next program finds the interpreter exactly as the first one did, as a forked child finds its
// parent's. Only strings and numbers cross between Python and JavaScript, so no proxy outlives a run.
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);

/** The most bytes of standard output, and of standard error, a program may write (the rest is dropped). */
const OUTPUT_LIMIT = 64 << 20;

// selectors in wasm_bootstrap.py sleep through this: Atomics.wait blocks the thread without using the CPU.
const sleepCell = new Int32Array(new SharedArrayBuffer(4));
globalThis.__asyncioTckSleep = (ms) => { Atomics.wait(sleepCell, 0, 0, Math.max(0, Number(ms))); };

// With Pyodide's own loop (webloop), every callback WebLoop schedules goes through this, which counts those not run
// yet: a program has ended when its top level has returned and none is left, as a Node script ends when its
// event loop is empty. (WebLoop schedules with setImmediate for delays up to 2 ms, setTimeout beyond.)
// A cancelled handle's callback stays scheduled until its delay passes (it then does nothing), so it does not count
// while its timer has not fired: wasm_bootstrap.webloop_idle() says whether every callback still scheduled is a
// cancelled handle's. One whose timer has fired counts until its call has settled, cancelled or not: Pyodide calls
// the Python function one host turn later (callPyObjectMaybePromising waits for its own scheduleCallback first),
// so a handle cancelled in between would otherwise be called after the rewind, on the memory of another program
// (the trap "table index is out of bounds" in PyObject_Vectorcall, or silent corruption).
// Invariant: ids = timers' keys (not fired) + the fired callbacks whose call has not settled.
const webloopPending = { last: 0, ids: new Set(), timers: new Map() };

// How many times Python code may have been entered from JavaScript through a counted way (a WebLoop callback fired or
// settled, a guarded call of guardCalls begun or settled, a callback scheduled): a handle is cancelled only by Python
// code, so while this has not moved webloopIdle's last "no" still holds (see the end-of-program wait in runProgram).
let pythonEntries = 0;
let entryWaiter = null;  // the end-of-program wait, asleep until the next entry (or its 50 ms)

function entered() {
  pythonEntries++;
  if (entryWaiter) entryWaiter();
}

/** True when every callback still counted is a cancelled handle's whose timer has not fired. */
function webloopIdle(py) {
  const pending = [...webloopPending.ids];
  if (pending.some((id) => !webloopPending.timers.has(id))) return false;  // fired, its call not settled yet
  return py.runPython(`import wasm_bootstrap; wasm_bootstrap.webloop_idle("${pending.join(",")}")`);
}

/** Takes the callbacks of cancelled handles off the host's queue, and frees them while the interpreter lives. */
function dropCancelledCallbacks() {
  for (const [id, { callback, timer }] of webloopPending.timers) {
    clearTimeout(timer);
    clearImmediate(timer);
    try { callback.destroy(); } catch { /* already gone */ }
    webloopPending.timers.delete(id);
    webloopPending.ids.delete(id);
  }
}

/** After the interpreter failed: its callbacks are not run (it is not used again), nor awaited by the next one. */
function forgetCallbacks() {
  for (const { timer } of webloopPending.timers.values()) {
    clearTimeout(timer);
    clearImmediate(timer);
  }
  webloopPending.timers.clear();
  webloopPending.ids.clear();
}

/** Loads Pyodide from pyodideDir, prepares it and (unless fresh) takes the checkpoint. */
export async function createInterpreter(pyodideDir, { fresh = false, webloop = false } = {}) {
  const { loadPyodide } = await import(path.join(pyodideDir, "pyodide.mjs"));
  const sinks = { stdout: null, stderr: null };
  const py = await loadPyodide({ indexURL: pyodideDir + "/", stdout: () => {}, stderr: () => {} });
  py.setStdout({ write: writeTo(sinks, "stdout"), isatty: false });
  py.setStderr({ write: writeTo(sinks, "stderr"), isatty: false });
  py.setStdin({ stdin: () => null });  // standard input at end of file, as /dev/null
  if (webloop) {
    // Pyodide's own scheduleCallback under Node (setImmediate up to 2 ms, setTimeout beyond), keeping the timer so
    // that a cancelled handle's callback can be taken off the host's queue when the program ends.
    globalThis.__asyncioTckScheduleCallback = (callback, delay) => {
      const id = ++webloopPending.last;
      const run = () => {
        entered();
        webloopPending.timers.delete(id);
        // Pending until the call has settled: a callback may suspend (JSPI) and finish in a later turn.
        let outcome;
        try {
          outcome = Promise.resolve(callback());
        } catch (failure) {
          outcome = Promise.reject(failure);
        }
        return outcome.finally(() => {
          entered();
          webloopPending.ids.delete(id);
        });
      };
      entered();
      webloopPending.ids.add(id);
      webloopPending.timers.set(id, { callback, timer: delay <= 2 ? setImmediate(run) : setTimeout(run, delay) });
      return id;
    };
  }
  py.FS.mkdirTree("/asyncio-tck");
  for (const file of ["wasm_bootstrap.py", "harness.py"]) {
    py.FS.writeFile(`/asyncio-tck/${file}`, fs.readFileSync(path.join(here, file)));
  }
  py.runPython(`
import sys
sys.path.insert(0, "/asyncio-tck")
import wasm_bootstrap
sys.path.remove("/asyncio-tck")
wasm_bootstrap.install("/asyncio-tck/harness.py", webloop=${webloop ? "True" : "False"})
del sys, wasm_bootstrap
import gc
gc.collect()
gc.freeze()
del gc
`);
  const python = py.runPython("import sys; sys.version.split()[0]");
  const module = py._module;
  const calls = guardCalls(module);
  const checkpoint = fresh ? null : takeCheckpoint(module);
  calls.open = false;
  return { py, module, FS: py.FS, sinks, pyodide: py.version, python, webloop, calls, checkpoint };
}

/**
 * Guards the two entries through which JavaScript calls a Python object later (a scheduled callback, a promise's
 * handler): Module.callPyObjectMaybePromising, which waits one host turn before it calls, and Module.callPyObject.
 * A call counts until it has settled (inFlight), so that a program has not ended while one is under way; and while
 * no program runs (open false) a call is not made at all: its object belongs to a program that has ended, whose
 * memory the rewind has given back (what a new process would never call; calling it trapped with "table index is
 * out of bounds" or worse). The checkpoint is taken with no call under way.
 */
function guardCalls(module) {
  const calls = { open: true, inFlight: 0 };
  const maybePromising = module.callPyObjectMaybePromising;
  const plain = module.callPyObject;
  module.callPyObjectMaybePromising = async function (...args) {
    if (!calls.open) return undefined;
    calls.inFlight++;
    entered();
    try {
      return await maybePromising.apply(this, args);
    } finally {
      calls.inFlight--;
      entered();
    }
  };
  module.callPyObject = function (...args) {
    if (!calls.open) return undefined;
    entered();
    try {
      return plain.apply(this, args);
    } finally {
      entered();
    }
  };
  // PyProxy.callPromising reaches the same deferred call without callPyObjectMaybePromising: it waits for
  // API.scheduleCallback, then calls Module.promisingApply (both looked up when used). A callback scheduled there
  // counts until it has fired, and promisingApply until it has settled; what runs in between are microtasks, which
  // finish before the end-of-program check (a host timer) looks again. Closed (no program running, e.g. one
  // scheduled during finalization), neither goes on: the call is never made.
  const api = module.API;
  if (api && typeof api.scheduleCallback === "function") {
    const schedule = api.scheduleCallback;
    api.scheduleCallback = function (callback, ...rest) {
      if (!calls.open) return undefined;  // never fires: the deferred call waiting for it is never made
      calls.inFlight++;
      let fired = false;
      return schedule.call(this, (...args) => {
        if (!fired) {
          fired = true;
          calls.inFlight--;
        }
        entered();
        return callback(...args);
      }, ...rest);
    };
  }
  const promisingApply = module.promisingApply;
  if (typeof promisingApply === "function") {
    module.promisingApply = function (...args) {
      // Closed: the call's program has ended (finalized, then rewound or dropped); it waits for ever instead.
      if (!calls.open) return new Promise(() => {});
      calls.inFlight++;
      entered();
      let result;
      try {
        result = Promise.resolve(promisingApply.apply(this, args));
      } catch (failure) {
        calls.inFlight--;
        throw failure;
      }
      const settled = () => {
        calls.inFlight--;
        entered();
      };
      result.then(settled, settled);
      return result;
    };
  }
  return calls;
}

function writeTo(sinks, name) {
  return (buffer) => {
    const sink = sinks[name];
    if (sink && sink.written < OUTPUT_LIMIT) {
      const part = buffer.subarray(0, Math.min(buffer.length, OUTPUT_LIMIT - sink.written));
      fs.writeSync(sink.fd, part);
      sink.written += part.length;
    }
    return buffer.length;
  };
}

function takeCheckpoint(module) {
  const memory = new Uint8Array(module.HEAP8.length);
  memory.set(new Uint8Array(module.HEAP8.buffer));
  const references = [];
  for (let i = 0; ; i++) {
    try { references.push(module.__hiwire_get(i)); } catch { break; }  // past the table's end
  }
  return { memory, references, functionTable: module.wasmTable.length };
}

function rewind(module, checkpoint) {
  const heap = new Uint8Array(module.HEAP8.buffer);
  heap.set(checkpoint.memory);
  if (heap.length > checkpoint.memory.length) heap.fill(0, checkpoint.memory.length);  // memory never shrinks
  checkpoint.references.forEach((value, i) => {
    if (module.__hiwire_set(i, value) < 0) throw new Error(`cannot restore JavaScript reference ${i}`);
  });
}

/**
 * Runs one program as `python PROGRAM` would, its output written to the two files as it is produced, and
 * the harness's result to resultFile. Returns {status, reusable}: the exit status python would give, and
 * whether this interpreter can run another program (not after os._exit, a broken runtime, or a program
 * that made the runtime load code, which a rewind cannot undo).
 */
export async function runProgram(interpreter, { program, resultFile, stdoutFile, stderrFile }) {
  const { py, module, FS, sinks, calls } = interpreter;
  calls.open = true;
  const created = makeDirectories(FS, path.dirname(program));
  FS.writeFile(program, fs.readFileSync(program));
  const result = "/asyncio-tck/result";
  sinks.stdout = { fd: fs.openSync(stdoutFile, "w"), written: 0 };
  sinks.stderr = { fd: fs.openSync(stderrFile, "w"), written: 0 };
  let status;
  let alive = true;
  try {
    const code = `import wasm_bootstrap; wasm_bootstrap.run(${JSON.stringify(result)}, ${JSON.stringify(program)})`;
    if (interpreter.webloop) {
      // Run so that WebLoop's run_until_complete can suspend the WebAssembly stack (JSPI) while the JavaScript
      // event loop runs its callbacks; then let the callbacks still scheduled run, until none is left.
      status = await py.runPythonAsync(code);
      // webloopIdle runs Python (a compile and a call, ~0.1-0.2 ms of CPU), so it is asked again only when Python may
      // have run since its last "no" (pythonEntries moved) or 50 ms later at the latest (an entry not counted, such as
      // a JavaScript finalizer's decref, ends the wait at most that much later, with no Python run in between). A
      // program whose leftover tasks sleep 10 s used to ask it every 1 ms: 1-2 s of CPU.
      // Between a "no" and the next entry nothing the answer depends on changes, so the wait sleeps until then.
      let askedAt = -Infinity;
      let askedWhen = -1;
      for (;;) {
        if (askedWhen === pythonEntries) {
          await new Promise((resolve) => {
            const timer = setTimeout(resolve, 50);
            entryWaiter = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          entryWaiter = null;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (calls.inFlight > 0) continue;
        if (webloopPending.ids.size === 0) break;
        if (askedWhen === pythonEntries && performance.now() - askedAt < 50) continue;
        if (webloopIdle(py)) break;
        askedWhen = pythonEntries;  // after the call: webloopIdle's own entry into Python cancels no handle
        askedAt = performance.now();
      }
      dropCancelledCallbacks();
    } else {
      status = py.runPython(code);
    }
    if (module._Py_FinalizeEx() < 0 && status === 0) status = 120;  // as Py_RunMain: flushing failed
  } catch (failure) {
    alive = false;
    forgetCallbacks();
    const exit = /Program terminated with exit\((\d+)\)/.exec(String(failure && failure.message || failure));
    if (exit) {
      status = Number(exit[1]);  // os._exit(n): the process ends with n, without finalization
    } else {
      status = -6;  // the interpreter itself failed: what a native crash by SIGABRT would be
      fs.writeSync(sinks.stderr.fd, `asyncio-tck: the WebAssembly interpreter failed: ${failure && failure.stack || failure}\n`);
    }
  }
  let resultText = "";
  try { resultText = FS.readFile(result, { encoding: "utf8" }); } catch { /* the harness wrote none */ }
  fs.writeFileSync(resultFile, resultText);
  fs.closeSync(sinks.stdout.fd);
  fs.closeSync(sinks.stderr.fd);
  sinks.stdout = sinks.stderr = null;
  for (const file of [program, result, result + ".tmp"]) {
    try { FS.unlink(file); } catch { /* not there */ }
  }
  created.reverse().forEach((dir) => { try { FS.rmdir(dir); } catch { /* not empty */ } });
  calls.open = false;
  let reusable = false;
  if (alive && interpreter.checkpoint) {
    // A call still under way (begun during finalization) would go on after the rewind: load a new interpreter then.
    reusable = module.wasmTable.length === interpreter.checkpoint.functionTable && calls.inFlight === 0;
    if (reusable) rewind(module, interpreter.checkpoint);  // else the interpreter is dropped as it is
  }
  return { status, reusable };
}

/** Creates the directories of dir that do not exist yet; returns them, outermost first. */
function makeDirectories(FS, dir) {
  const missing = [];
  for (let d = dir; d !== "/" && !FS.analyzePath(d).exists; d = path.dirname(d)) missing.unshift(d);
  missing.forEach((d) => FS.mkdir(d));
  return missing;
}
