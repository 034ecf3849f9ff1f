package dev.asynciotck.steps.python.runtime;

/** How a statement ended: normally, or by break, continue or return. */
public enum Signal { NORMAL, BREAK, CONTINUE, RETURN }
