import { PassThrough } from 'node:stream';
import bolt from 'neo4j-driver-bolt-connection';
import { describe, expect, it } from 'vitest';
import { coalesceBoltWrites } from './bolt-writes.js';

// The driver's own Node channel and buffers, as neo4j-driver uses them.
const { Channel, alloc } = (bolt as unknown as { channel: { Channel: { prototype: object }; alloc: (size: number) => ChannelBuf } }).channel;

interface ChannelBuf {
  writeInt8(value: number): void;
}

/** A connected channel of the pinned driver, over a stream that records each write it makes. */
function connectedChannel() {
  const writes: Buffer[][] = [];
  const socket = new PassThrough();
  socket._writev = (chunks, done) => {
    writes.push(chunks.map(({ chunk }) => chunk as Buffer));
    done();
  };
  socket._write = (chunk: Buffer, _encoding, done) => {
    writes.push([chunk]);
    done();
  };
  const channel = Object.assign(Object.create(Channel.prototype) as { write(buffer: ChannelBuf): void }, { _conn: socket, _pending: null, _open: true });
  return { channel, writes };
}

function chunk(byte: number): ChannelBuf {
  const buffer = alloc(1);
  buffer.writeInt8(byte);
  return buffer;
}

const tick = () => new Promise<void>((resolve) => process.nextTick(resolve));

describe('coalesceBoltWrites', () => {
  it("patches the pinned driver's Node channel, once", () => {
    expect(coalesceBoltWrites()).toBe(true);
    const patched = (Channel.prototype as { write: unknown }).write;
    expect(coalesceBoltWrites()).toBe(true);
    expect((Channel.prototype as { write: unknown }).write).toBe(patched);
  });

  it('sends what the driver writes in one turn as one write, in order', async () => {
    coalesceBoltWrites();
    const { channel, writes } = connectedChannel();
    channel.write(chunk(1));
    channel.write(chunk(2));
    channel.write(chunk(3));
    expect(writes).toEqual([]);
    await tick();
    expect(writes.map((parts) => parts.map((part) => [...part]))).toEqual([[[1], [2], [3]]]);
  });

  it('sends the next turn’s writes separately, not held behind the first', async () => {
    coalesceBoltWrites();
    const { channel, writes } = connectedChannel();
    channel.write(chunk(1));
    await tick();
    channel.write(chunk(2));
    await tick();
    expect(writes.map((parts) => parts.map((part) => [...part]))).toEqual([[[1]], [[2]]]);
  });

  it('leaves a channel that is not yet connected to queue its writes itself', () => {
    coalesceBoltWrites();
    const socket = new PassThrough();
    const pending: ChannelBuf[] = [];
    const channel = Object.assign(Object.create(Channel.prototype) as { write(buffer: ChannelBuf): void }, { _conn: socket, _pending: pending, _open: true });
    channel.write(chunk(1));
    expect(pending).toHaveLength(1);
    expect(socket.writableCorked).toBe(0);
  });
});
