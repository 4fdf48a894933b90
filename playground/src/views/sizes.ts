// The Sizes pane: where the module's bytes go, by section and by function,
// with bars scaled to the largest entry, as a quick answer to "why is my
// module this big?".
import type { ModuleSizes } from "wasmrust";
import { formatBytes, h } from "../dom";

function table(title: string, rows: { name: string; size: number }[], total: number): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.size));
  return h("section", { class: "size-table" },
    h("h3", {}, title),
    h("table", {},
      ...rows.map((r) => h("tr", {},
        h("td", { class: "name" }, r.name),
        h("td", { class: "num" }, `${r.size}`),
        h("td", { class: "num pct" }, `${((100 * r.size) / total).toFixed(1)}%`),
        h("td", { class: "bar" }, h("span", { style: `width: ${(100 * r.size) / max}%` }))))));
}

export function renderSizes(root: HTMLElement, sizes: ModuleSizes, mode: string): void {
  root.replaceChildren(
    h("p", { class: "pane-intro", "data-testid": "size-total" },
      h("strong", {}, `${sizes.total} bytes`),
      `${sizes.total >= 1024 ? ` (${formatBytes(sizes.total)})` : ""}, ${mode} build`),
    table("Sections", sizes.sectionList, sizes.total),
    table("Functions (body bytes)", sizes.functions, sizes.total),
  );
}
