// The output panes' tab strip (Output, Problems, WAT, Bytes, Sizes, Memory): ARIA
// tabs with arrow-key navigation; the chosen tab is remembered.
import { load, save } from "./storage";

export type Tab = "output" | "problems" | "wat" | "bytes" | "sizes" | "memory";

export class Tabs {
  private buttons: HTMLButtonElement[];
  current: Tab;

  constructor(strip: HTMLElement) {
    this.buttons = [...strip.querySelectorAll<HTMLButtonElement>("[role=tab]")];
    for (const b of this.buttons) {
      b.addEventListener("click", () => this.show(b.dataset.tab as Tab));
      b.addEventListener("keydown", (e) => {
        const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        const i = (this.buttons.indexOf(b) + step + this.buttons.length) % this.buttons.length;
        this.buttons[i].focus();
        this.show(this.buttons[i].dataset.tab as Tab);
      });
    }
    this.current = (load("tab") as Tab | null) ?? "output";
    if (!this.buttons.some((b) => b.dataset.tab === this.current)) this.current = "output";
    this.show(this.current);
  }

  show(tab: Tab): void {
    this.current = tab;
    save("tab", tab);
    for (const b of this.buttons) {
      const on = b.dataset.tab === tab;
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = on ? 0 : -1;
      document.getElementById(b.getAttribute("aria-controls")!)!.hidden = !on;
    }
    this.onShow?.(tab);
  }

  /** Called whenever a tab is shown. */
  onShow: ((tab: Tab) => void) | null = null;

  badge(tab: Tab, text: string, kind = ""): void {
    const b = this.buttons.find((x) => x.dataset.tab === tab);
    const badge = b?.querySelector<HTMLElement>(".badge");
    if (!badge) return;
    badge.textContent = text;
    badge.dataset.kind = kind;
    badge.hidden = !text;
  }
}
