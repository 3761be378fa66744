// A worker's link (BootOptions.link) as the page holds it: its port, with one listener for the
// worker's life, as on the worker's side (service.ts). Each run's process group takes its turn
// (listen); a message while none listens, a late one from a run that ended, is dropped, as it
// was when the port had no onmessage. Setting and clearing a port's onmessage at every run
// cost ~50 us of a trivial run's round trip on Node.
export class WorkerLink {
  readonly port: MessagePort;
  private listener: ((data: unknown) => void) | null = null;

  constructor(port: MessagePort) {
    this.port = port;
    port.onmessage = (e: MessageEvent) => this.listener?.(e.data);
  }

  listen(listener: ((data: unknown) => void) | null): void {
    this.listener = listener;
  }

  close(): void {
    this.listener = null;
    this.port.onmessage = null;
    this.port.close();
  }
}
