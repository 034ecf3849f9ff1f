/**
 * The one seam between asyncio's semantics and the JVM's way of suspending a running body: a
 * {@link dev.asynciotck.reference.strand.Strand} runs one coroutine body and parks it at each
 * suspension, handing control back to whoever resumed it. The rest of the reference implementation only
 * sees {@link dev.asynciotck.reference.strand.CoroutineEngine} and {@link dev.asynciotck.reference.strand.Strand};
 * {@link dev.asynciotck.reference.strand.ContinuationEngine} implements them on
 * {@code jdk.internal.vm.Continuation}s run on the loop's own thread (when the JVM exports
 * {@code jdk.internal.vm} to us), {@link dev.asynciotck.reference.strand.VirtualThreadEngine} on virtual
 * threads with strict hand-off (always available);
 * {@link dev.asynciotck.reference.strand.StrandMechanism#selected()} chooses between them.
 */
package dev.asynciotck.reference.strand;
