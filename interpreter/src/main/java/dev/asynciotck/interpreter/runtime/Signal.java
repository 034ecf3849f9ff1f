package dev.asynciotck.interpreter.runtime;

/** How a statement ended: normally, or by break, continue or return. */
public enum Signal { NORMAL, BREAK, CONTINUE, RETURN }
