import { describe, expect, it } from 'vitest';
import { SHM_HEADER, SharedSegments } from '../../../src/runtime/processes/shared-memory.ts';

// Two processes' views of one SharedMemory block: each is a SharedSegments over the same buffer.
function twoProcesses(size: number) {
  const a = new SharedSegments();
  const b = new SharedSegments();
  const buffer = a.create(1, SHM_HEADER + size);
  b.add(1, buffer);
  return { a, b, buffer };
}

describe('SharedSegments.sync (SharedMemory copies reconciled at synchronisation points)', () => {
  it('publishes only the bytes a process changed, so writes to different bytes both survive', () => {
    const { a, b } = twoProcesses(4);
    const copyA = a.sync(1, new Uint8Array(4), SHM_HEADER);
    const copyB = b.sync(1, new Uint8Array(4), SHM_HEADER);
    copyA[0] = 1;
    copyB[3] = 9;
    a.sync(1, copyA, SHM_HEADER);
    expect(Array.from(b.sync(1, copyB, SHM_HEADER))).toEqual([1, 0, 0, 9]);
    expect(Array.from(a.sync(1, copyA, SHM_HEADER))).toEqual([1, 0, 0, 9]);
  });

  it('a first sync writes nothing (a process that just mapped the block has changed nothing)', () => {
    const { a, b, buffer } = twoProcesses(3);
    const copyA = a.sync(1, new Uint8Array(3), SHM_HEADER);
    copyA.set([5, 6, 7]);
    a.sync(1, copyA, SHM_HEADER);
    expect(Array.from(b.sync(1, new Uint8Array(3), SHM_HEADER))).toEqual([5, 6, 7]);
    expect(Array.from(new Uint8Array(buffer, 0, SHM_HEADER))).toEqual(new Array(SHM_HEADER).fill(0));
  });
});
