// Is there a network to check external links with? A DNS lookup and an HTTPS HEAD of one of the
// links' hosts, each with a short timeout: an offline machine answers "no" in seconds, instead
// of every external link failing (or, worse, being reported as checked).
import { lookup } from 'node:dns/promises';

export async function networkReaches(url: string, timeoutMs = 4000): Promise<boolean> {
  const { hostname, origin } = new URL(url);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    await Promise.race([lookup(hostname), new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))]);
    await fetch(origin, { method: 'HEAD', signal, redirect: 'manual' });
    return true;
  } catch {
    return false;
  }
}
