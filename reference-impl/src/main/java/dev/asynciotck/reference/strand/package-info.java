/**
 * The one seam between asyncio's semantics and the JVM's way of suspending a running body: a
 * {@link dev.asynciotck.reference.strand.Strand} runs one coroutine body and parks it at each
 * suspension, handing control back to whoever resumed it. The rest of the reference implementation only
 * sees {@link dev.asynciotck.reference.strand.CoroutineEngine} and {@link dev.asynciotck.reference.strand.Strand};
 * {@link dev.asynciotck.reference.strand.VirtualThreadEngine} implements them on virtual threads with
 * strict hand-off. Another mechanism (continuations, a CPS transform) would replace only this package.
 */
package dev.asynciotck.reference.strand;
