// asyncio-tck WebAssembly server: runs Python programs on Pyodide (CPython compiled to WebAssembly) in
// worker threads, each program as a fresh `python harness.py RESULT_FILE PROGRAM_FILE` would run.
//
// Usage: node server.mjs PYODIDE_DIR WORKERS [fresh] [webloop]
//   WORKERS worker threads, one interpreter each; "fresh" loads a new interpreter for every program instead
//   of rewinding to the checkpoint (slow; kept to prove the two equivalent); "webloop" keeps Pyodide's own
//   event loop (WebLoop) instead of CPython's (see wasm_bootstrap.py and interpreter.mjs).
// Requests on standard input, one a line, fields separated by tabs (the fork server's protocol):
//   run ID DIRECTORY RESULT_FILE PROGRAM_FILE STDOUT_FILE STDERR_FILE    (DIRECTORY is not used)
//   kill ID                         ends the program: its worker thread is terminated and replaced
// Replies on standard output:
//   ready PID WORKERS PYODIDE_VERSION PYTHON_VERSION    once, when the first worker has its interpreter
//   started ID                      a worker took the program (a program waits while every worker is busy); sent
//                                   again when the program runs a second time because its interpreter trapped
//   again ID WHY                    the program will run a second time: its interpreter trapped (WHY, one line)
//   exit ID CODE                    the program ended with exit status CODE; -9 when killed, -6 when the
//                                   interpreter itself failed
//   error ID MESSAGE                the program could not be run
// The server ends, with its workers, when its standard input ends.
import { Worker } from "node:worker_threads";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

const [pyodideDir, workersArgument, ...modes] = process.argv.slice(2);
const workerCount = Math.max(1, Number.parseInt(workersArgument, 10) || 1);
const fresh = modes.includes("fresh");
const webloop = modes.includes("webloop");
const workerScript = path.join(path.dirname(new URL(import.meta.url).pathname), "worker.mjs");
const send = (line) => fs.writeSync(1, line.replace(/\n/g, " ") + "\n");

const slots = Array.from({ length: workerCount }, () => ({ worker: null, ready: false, busy: null }));
const queue = [];
let announced = false;
let failedStarts = 0;  // workers in a row that died before their interpreter was ready
// WebAssembly's trap "table index is out of bounds" in a call from JavaScript into Python: most likely a call left over from an
// earlier program of the same interpreter, made on memory that the rewind has given back (interpreter.mjs guards the
// known ways; under heavy load one whole WebLoop run in three still showed it, each time on a different scenario).
// Pyodide's own abort, "intentionally triggered fatal error!", is the same failure seen from inside the interpreter
// (once in three whole WebLoop runs beside a CI build, on a scenario that passes in every other run).
const TRAP = /RuntimeError: table index is out of bounds|Error: intentionally triggered fatal error!/;

function start(slot) {
  const worker = new Worker(workerScript, { workerData: { pyodideDir, fresh, webloop } });
  Object.assign(slot, { worker, ready: false, busy: null });
  worker.on("message", (message) => {
    if (message.kind === "ready") {
      slot.ready = true;
      failedStarts = 0;
      if (!announced) {  // the first interpreter is enough to start; the others join when loaded
        announced = true;
        send(`ready ${process.pid} ${workerCount} ${message.pyodide} ${message.python}`);
      }
    } else {
      const request = slot.busy;
      slot.busy = null;
      slot.ready = message.reusable;
      send(message.kind === "exit" ? `exit ${request.id} ${message.status}` : `error ${request.id} ${message.message}`);
    }
    dispatch();
  });
  const lost = (why) => {
    if (slot.worker !== worker) return;  // already replaced
    if (slot.busy && !slot.busy.retried && TRAP.test(why)) {
      // The interpreter trapped in a call from JavaScript (see TRAP): the program's result is unknown, so it runs
      // once more, first in the queue, on an interpreter that is ready (a new one if none is). A program that traps
      // by itself traps again and is reported as an error then.
      process.stderr.write(`asyncio-tck: program ${slot.busy.id} runs again: ${why.split("\n")[0]}\n`);
      send(`again ${slot.busy.id} ${why.split("\n")[0]}`);
      queue.unshift({ ...slot.busy, retried: true });
    } else if (slot.busy) {
      send(`error ${slot.busy.id} the worker thread ${why}`);
    }
    if (!slot.ready) failedStarts++;
    if (!announced || failedStarts >= 3) {
      process.stderr.write(`asyncio-tck: a worker could not load Pyodide from ${pyodideDir}: ${why}\n`);
      process.exit(3);
    }
    start(slot);
    dispatch();
  };
  worker.on("error", (failure) => lost(`failed: ${failure && failure.stack || failure}`));
  worker.on("exit", (code) => lost(`exited with status ${code}`));
}

function dispatch() {
  for (const slot of slots) {
    if (queue.length === 0) return;
    if (slot.ready && !slot.busy) {
      slot.busy = queue.shift();
      send(`started ${slot.busy.id}`);
      slot.worker.postMessage(slot.busy);
    }
  }
}

function kill(id) {
  const waiting = queue.findIndex((request) => request.id === id);
  if (waiting >= 0) {
    queue.splice(waiting, 1);
    send(`exit ${id} -9`);
    return;
  }
  const slot = slots.find((s) => s.busy && s.busy.id === id);
  if (!slot) return;  // already ended
  const worker = slot.worker;
  slot.worker = null;  // its "exit" event is no longer news
  worker.terminate().then(() => send(`exit ${id} -9`));
  start(slot);
}

slots.forEach(start);
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const fields = line.split("\t");
  if (fields[0] === "run" && fields.length === 7) {
    const [, id, , resultFile, program, stdoutFile, stderrFile] = fields;
    queue.push({ id, resultFile, program, stdoutFile, stderrFile });
    dispatch();
  } else if (fields[0] === "kill" && fields.length === 2) {
    kill(fields[1]);
  } else {
    send(`error ${fields[1] || "?"} malformed request`);
  }
}).on("close", () => process.exit(0));
