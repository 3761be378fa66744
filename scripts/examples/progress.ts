// Progress of a long check: a bar on a terminal (cli-progress), one plain line per item in CI or
// when output is piped, so logs stay readable.
import cliProgress from 'cli-progress';

export interface Progress {
  /** One item is done; `line` says which and how it went. */
  tick(line: string): void;
  stop(): void;
}

export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = stream.isTTY === true && !process.env.CI;
  if (!interactive) {
    let done = 0;
    return {
      tick: (line) => { stream.write(`[${String(++done).padStart(String(total).length)}/${total}] ${line}\n`); },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar({
    format: `${label} {bar} {value}/{total} | {last}`,
    stream,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { last: '' });
  return {
    tick: (line) => bar.increment(1, { last: line }),
    stop: () => bar.stop(),
  };
}
