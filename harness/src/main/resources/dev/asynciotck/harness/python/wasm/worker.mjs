// A worker thread of server.mjs: one Pyodide interpreter that runs the programs the server hands it, one at a
// time. After a program that left the interpreter unusable it loads a new one, then reports "ready" again.
import { parentPort, workerData } from "node:worker_threads";
import { createInterpreter, runProgram } from "./interpreter.mjs";

const load = () => createInterpreter(workerData.pyodideDir,
  { fresh: workerData.fresh, webloop: workerData.webloop });
const ready = (interpreter) => parentPort.postMessage(
  { kind: "ready", pyodide: interpreter.pyodide, python: interpreter.python });

let interpreter = await load();
ready(interpreter);
parentPort.on("message", async (request) => {
  let reusable = false;
  try {
    const outcome = await runProgram(interpreter, request);
    reusable = outcome.reusable;
    parentPort.postMessage({ kind: "exit", id: request.id, status: outcome.status, reusable });
  } catch (failure) {
    parentPort.postMessage({ kind: "error", id: request.id, message: String(failure && failure.stack || failure), reusable });
  }
  if (!reusable) {
    interpreter = null;
    interpreter = await load();
    ready(interpreter);
  }
});
