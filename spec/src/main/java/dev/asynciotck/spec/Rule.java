package dev.asynciotck.spec;

/**
 * One documented behaviour of asyncio that scenarios encode.
 *
 * @param id        the stable ID scenarios name with a {@code @rule-<id>} tag
 * @param required  false for a behaviour an implementation may declare it does not support
 * @param docUrl    the asyncio documentation section it follows
 * @param statement the behaviour in one sentence
 * @param origin    where it is registered, {@code file:line}
 */
public record Rule(String id, boolean required, String docUrl, String statement, String origin) {
}
