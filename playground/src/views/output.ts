// The Output pane: the program's stdout and stderr as they arrive (stderr
// in its own colour), then a line saying how the run ended. Text is decoded
// per stream so a UTF-8 character split across two writes stays whole, and
// the pane keeps at most a few hundred KiB so a chatty program cannot make
// the page slow.
import { h } from "../dom";

const MAX_CHARS = 400_000;

export class OutputView {
  private decoders = new Map<number, TextDecoder>();
  private chars = 0;
  private truncated = false;

  constructor(private root: HTMLElement) {}

  clear(): void {
    this.root.replaceChildren();
    this.decoders.clear();
    this.chars = 0;
    this.truncated = false;
  }

  write(fd: number, bytes: Uint8Array): void {
    let decoder = this.decoders.get(fd);
    if (!decoder) this.decoders.set(fd, (decoder = new TextDecoder()));
    this.append(decoder.decode(bytes, { stream: true }), fd === 2 ? "stderr" : "stdout");
  }

  /** A message from the playground itself (compile failed, stopped, exit code). */
  note(text: string, kind: "info" | "error" | "ok"): void {
    this.root.append(h("div", { class: `note note-${kind}`, "data-testid": "run-note" }, text));
    this.root.scrollTop = this.root.scrollHeight;
  }

  private append(text: string, cls: string): void {
    if (!text || this.truncated) return;
    if (this.chars + text.length > MAX_CHARS) {
      text = text.slice(0, MAX_CHARS - this.chars);
      this.truncated = true;
    }
    this.chars += text.length;
    const last = this.root.lastElementChild;
    if (last instanceof HTMLSpanElement && last.className === cls) last.append(text);
    else this.root.append(h("span", { class: cls }, text));
    if (this.truncated) this.note("(output truncated in this view)", "info");
    this.root.scrollTop = this.root.scrollHeight;
  }

  /** Everything the program printed to stdout, as shown. */
  text(stream: "stdout" | "stderr"): string {
    return [...this.root.querySelectorAll(`span.${stream}`)].map((s) => s.textContent).join("");
  }
}
