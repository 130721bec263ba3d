import bolt from 'neo4j-driver-bolt-connection';

/** Marks the channel as patched, so that a second driver in the process does not patch it again. */
const COALESCING: unique symbol = Symbol.for('crosslink.coalesceBoltWrites') as never;

/**
 * The Neo4j driver sends a Bolt message in chunks of at most 1,400 bytes and writes each chunk to
 * the socket on its own, with Nagle's algorithm off. Crosslink's statements carry the access
 * predicate, so most are 4–10 KB: a network question's read left the process as 8 writes, each a
 * system call and a TCP segment for Neo4j to read, and an import batch as hundreds. The driver has
 * no setting for this.
 *
 * Coalescing corks a connection's socket at the first write of a turn of the event loop and uncorks
 * it on the next tick, so what the driver writes in one synchronous burst (a statement and its
 * PULL, in order) leaves in one `writev`. The bytes and their order are unchanged, and nothing
 * waits longer than the current turn. It patches the driver's Node channel (`channel.Channel` of
 * neo4j-driver-bolt-connection, the package neo4j-driver connects through) once per process.
 * The driver is pinned, and `bolt-writes.test.ts` fails if the channel's shape changes.
 *
 * Returns whether the channel is coalescing; false when its shape is not the one expected, which
 * leaves the driver as it was.
 */
export function coalesceBoltWrites(): boolean {
  const prototype = nodeChannelPrototype();
  if (prototype === undefined) return false;
  if (prototype[COALESCING] === true) return true;
  const write = prototype.write;
  prototype.write = function (this: NodeChannel, buffer: unknown): void {
    const socket = this._conn;
    // Until it connects the channel queues writes itself (`_pending`), then writes them in one go.
    if (this._pending === null && typeof socket?.cork === 'function' && socket.writableCorked === 0) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    write.call(this, buffer);
  };
  prototype[COALESCING] = true;
  return true;
}

/** The parts of the driver's Node channel this relies on: its socket and its pre-connect queue. */
interface NodeChannel {
  _conn?: { cork(): void; uncork(): void; readonly writableCorked: number };
  _pending: unknown[] | null;
}

interface ChannelPrototype {
  write: (this: NodeChannel, buffer: unknown) => void;
  [COALESCING]?: boolean;
}

function nodeChannelPrototype(): ChannelPrototype | undefined {
  const prototype = (bolt as unknown as { channel?: { Channel?: { prototype?: Partial<ChannelPrototype> } } }).channel?.Channel?.prototype;
  return typeof prototype?.write === 'function' ? (prototype as ChannelPrototype) : undefined;
}
