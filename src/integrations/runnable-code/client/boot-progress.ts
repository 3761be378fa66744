// The page-wide "Loading Python" indicator shown while the first worker downloads Pyodide.
import type { BootProgress } from '../../../runtime/protocol.ts';

let box: HTMLElement | null = null;

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

export function showBootProgress(p: BootProgress): void {
  if (p.phase === 'ready') {
    box?.remove();
    box = null;
    document.documentElement.dataset.pythonReady = '';
    return;
  }
  if (!box) {
    box = document.createElement('div');
    box.className = 'rb-boot';
    box.setAttribute('role', 'status');
    const label = document.createElement('span');
    const bar = document.createElement('progress');
    bar.max = 1;
    box.append(label, bar);
    document.body.append(box);
  }
  const [label, bar] = box.children as unknown as [HTMLElement, HTMLProgressElement];
  if (p.phase === 'download' && p.total) {
    label.textContent = `Downloading Python: ${mb(p.loaded)} of ${mb(p.total)} MB`;
    bar.value = p.loaded / p.total;
  } else {
    label.textContent = p.phase === 'start' ? 'Starting Python…' : 'Downloading Python…';
    bar.removeAttribute('value'); // indeterminate
  }
}
