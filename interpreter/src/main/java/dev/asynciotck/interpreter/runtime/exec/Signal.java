package dev.asynciotck.interpreter.runtime.exec;

/** How a statement ended: normally, or by break, continue or return. */
public enum Signal { NORMAL, BREAK, CONTINUE, RETURN }
