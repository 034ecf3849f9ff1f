/**
 * Real Python interpreters as targets: discovery ({@link dev.asynciotck.harness.python.PythonTargets}),
 * and running each program as a script in an isolated child process
 * ({@link dev.asynciotck.harness.python.PythonTarget}) through the {@code harness.py} resource beside
 * these classes. Real CPython is the oracle that proves every scenario's expectation.
 */
package dev.asynciotck.harness.python;
