// The Problems pane: every diagnostic as rustc would print it (heading,
// location, message, notes and help), clickable to jump to its span, with
// a button for each fix the compiler suggests.
import type { Diagnostic } from "wasmrust";
import { h } from "../dom";
import { byteToCharMapper, heading, primaryRange } from "../diagnostics";

export interface ProblemHandlers {
  jump(from: number, to: number): void;
  applyFix(from: number, to: number, insert: string): void;
}

export function renderProblems(root: HTMLElement, diags: Diagnostic[], source: string, on: ProblemHandlers): void {
  const toChar = byteToCharMapper(source);
  if (diags.length === 0) {
    root.replaceChildren(h("p", { class: "empty" }, "No problems. Nice."));
    return;
  }
  const items = diags.map((d) => {
    const [from, to] = primaryRange(d, toChar);
    const span = d.spans.find((s) => s.primary) ?? d.spans[0];
    const where = span ? `line ${span.line_start}, column ${span.column_start}` : "";
    const fixes = d.helps.map((help) => {
      const s = help.suggestion;
      const fix = s
        ? h("button", {
            class: "fix", type: "button", "data-testid": "apply-fix",
            onclick: (e: Event) => {
              e.stopPropagation();
              on.applyFix(toChar(s.lo), toChar(s.hi), s.replacement);
            },
          }, s.applicability === "MachineApplicable" ? "Apply fix" : "Try this fix")
        : null;
      return h("li", { class: "help" }, h("span", { class: "tag" }, "help"), ` ${help.message} `, fix);
    });
    return h("li", {
        class: `problem ${d.severity}`, tabindex: 0, "data-testid": "problem",
        onclick: () => on.jump(from, to),
        onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === "Enter") on.jump(from, to); },
      },
      h("div", { class: "problem-head" },
        h("span", { class: "sev" }, heading(d)),
        h("span", { class: "msg" }, d.message),
        h("span", { class: "where" }, where)),
      h("ul", { class: "details" },
        ...d.spans.filter((s) => s.label).map((s) =>
          h("li", {}, h("span", { class: "tag" }, s.primary ? "here" : `line ${s.line_start}`), ` ${s.label}`)),
        ...d.notes.map((n) => h("li", { class: "note" }, h("span", { class: "tag" }, "note"), ` ${n}`)),
        ...fixes),
    );
  });
  root.replaceChildren(h("ul", { class: "problems" }, ...items));
}
