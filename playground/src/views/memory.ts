// The Memory panel: the WasmRust DevTools app (devtools/, copied into the
// site's devtools/ folder by scripts/build.sh) in a frame of its own, fed
// the memviz snapshots of dev runs, and linked with the editor both ways:
// picking a block or handle selects the line that made it; moving the
// cursor to a line shows that line's allocations. The app is loaded the
// first time the panel is shown, so pages that never open it pay nothing.
// The latest snapshot is also announced to the WasmRust DevTools extension.
import { announce } from "wasmrust/memviz";

export interface MemoryHooks {
  /** The app picked a block or handle made at this line. */
  onSelectLine(line: number): void;
  /** "Continue" after a break. */
  onResume(): void;
}

type AppMessage =
  | { type: "ready" }
  | { type: "selectSite"; line: number; col: number }
  | { type: "breakSettings"; minSize: number; dropType: number }
  | { type: "resume" }
  | { type: "state"; id: number; state: unknown };

export class MemoryPanel {
  /** Bytes to break on (the app's "break on allocation" setting); 0: off. */
  breakOnAlloc = 0;
  /** Pause where a resource handle of this memviz type id ends (-1: never). */
  breakOnDrop = -1;
  private started = false;
  private isReady = false;
  private latest: Uint8Array | null = null;
  private line = 0;
  private paused = "";
  private nextId = 1;
  private generation = 0;
  private waiting = new Map<number, (state: unknown) => void>();

  constructor(private frame: HTMLIFrameElement, private note: HTMLElement, hooks: MemoryHooks) {
    window.addEventListener("message", (e: MessageEvent<AppMessage>) => {
      if (e.source !== frame.contentWindow || e.origin !== location.origin) return;
      const m = e.data;
      if (m.type === "ready") {
        this.isReady = true;
        if (this.latest) this.post({ type: "snapshot", bytes: this.latest });
        if (this.line) this.post({ type: "selectLine", line: this.line });
        if (this.paused) this.post({ type: "paused", reason: this.paused });
      } else if (m.type === "selectSite") {
        hooks.onSelectLine(m.line);
      } else if (m.type === "breakSettings") {
        this.breakOnAlloc = m.minSize;
        this.breakOnDrop = m.dropType;
      } else if (m.type === "resume") {
        this.paused = "";
        hooks.onResume();
      } else if (m.type === "state") {
        this.waiting.get(m.id)?.(m.state);
        this.waiting.delete(m.id);
      }
    });
  }

  /** The panel became visible: load the app once. */
  show(): void {
    if (this.started) return;
    this.started = true;
    this.frame.src = "devtools/index.html";
  }

  snapshot(bytes: Uint8Array): void {
    this.latest = bytes;
    this.generation++;
    announce({ generation: () => this.generation, snapshot: () => this.latest });
    this.note.hidden = true;
    if (this.isReady) this.post({ type: "snapshot", bytes });
  }

  /** The run was a release build: there is nothing to show. */
  releaseBuild(): void {
    this.note.textContent = "The memory view shows dev builds: switch the mode to Dev and run again.";
    this.note.hidden = false;
  }

  setPaused(reason: string): void {
    this.paused = reason;
    if (this.isReady) this.post({ type: "paused", reason });
  }

  selectLine(line: number): void {
    this.line = line;
    if (this.isReady) this.post({ type: "selectLine", line });
  }

  /** What the app's views show (for tests). */
  state(): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.post({ type: "state", id });
    });
  }

  private post(message: unknown): void {
    this.frame.contentWindow?.postMessage(message, location.origin);
  }
}
