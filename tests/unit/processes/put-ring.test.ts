// The put ring between a writer thread and its reader: every message arrives once, whole and in
// order, across laps of the ring, chunked when large, with the writer waiting while it is full.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PutRing, RING_CAPACITY, RingReader } from '../../../src/runtime/processes/put-ring.ts';

async function throughRing(count: number, size: number): Promise<{ ch: number; message: Uint8Array }[]> {
  const worker = new Worker(new URL('./fixtures/ring-writer.ts', import.meta.url), { workerData: { count, size } });
  const got: { ch: number; message: Uint8Array }[] = [];
  let reader: RingReader | undefined;
  await new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (m: SharedArrayBuffer | string) => {
      if (m instanceof SharedArrayBuffer) reader = new RingReader(m, (ch, message) => got.push({ ch, message }));
      else resolve();
    });
  });
  reader!.drain();
  reader!.close();
  await worker.terminate();
  return got;
}

function expectInOrder(got: { ch: number; message: Uint8Array }[], count: number, size: number): void {
  expect(got.length).toBe(count);
  got.forEach(({ ch, message }, i) => {
    expect(ch).toBe(i % 3);
    expect(message.length).toBe(size);
    expect(message.every((b) => b === i % 256)).toBe(true);
  });
}

describe('put ring', () => {
  it('carries many small messages over many laps of the ring, in order', async () => {
    const count = 40_000;
    const size = 100; // 4.6 MB in all: about five laps
    expectInOrder(await throughRing(count, size), count, size);
  });

  it('carries messages larger than the ring in chunks', async () => {
    const count = 5;
    const size = RING_CAPACITY * 2 + 17;
    expectInOrder(await throughRing(count, size), count, size);
  });

  it('fails a write once the reader closed, instead of waiting for room forever', () => {
    const ring = new PutRing();
    const reader = new RingReader(ring.sab, () => {});
    reader.close();
    expect(() => ring.write(1, new Uint8Array(RING_CAPACITY))).toThrow(/group has ended/);
  });
});
