// `npm run --silent py -- /abs/path/file.py [args]`: run a Python file in the product's runtime
// under Node, as `python3 file.py` would: same streams, same exit status, sys.argv set.
import { createNodePool, fileRequest } from '../src/runtime/node/run-file.ts';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npm run --silent py -- file.py [args...]\n');
  process.exit(2);
}
// npm runs scripts from the package folder; INIT_CWD is where npm was called from.
const cwd = process.env.INIT_CWD ?? process.cwd();
const pool = createNodePool(1);
const handle = pool.run(await fileRequest(file, args, cwd), (events) => {
  for (const e of events) if (e.kind === 'output') (e.stream === 'stdout' ? process.stdout : process.stderr).write(e.text);
});
process.on('SIGINT', () => handle.stop());
const result = await handle.result;
if (result.error?.type === 'WorkerCrashed') process.stderr.write(`${result.error.message}\n`);
pool.dispose();
// Exit as soon as the streams are flushed: like python3, don't linger on open handles.
process.stdout.write('', () => process.stderr.write('', () => process.exit(result.exitCode)));
