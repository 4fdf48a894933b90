// The compiler's JSON diagnostics (the same as `wasmrust check
// --error-format json`) turned into what the editor shows: lint markers
// whose tooltip carries the notes and help, with a quick fix for every
// suggestion the compiler makes. Spans are UTF-8 byte offsets into the
// source that was compiled; the editor counts UTF-16 units.
import type { Diagnostic as LintDiagnostic, Action } from "@codemirror/lint";
import type { Diagnostic, Suggestion } from "wasmrust";

/** Maps byte offsets of `source` to string (UTF-16) offsets. */
export function byteToCharMapper(source: string): (byte: number) => number {
  if (/^[\x00-\x7f]*$/.test(source)) return (b) => Math.min(b, source.length);
  const map: number[] = [];
  const encoder = new TextEncoder();
  let i = 0;
  for (const ch of source) {
    const n = encoder.encode(ch).length;
    for (let k = 0; k < n; k++) map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (b) => map[Math.min(Math.max(b, 0), map.length - 1)];
}

/** The primary span's [from, to) in string offsets (a span of 0 width at the start if none). */
export function primaryRange(d: Diagnostic, toChar: (b: number) => number): [number, number] {
  const span = d.spans.find((s) => s.primary) ?? d.spans[0];
  if (!span) return [0, 0];
  return [toChar(span.lo), toChar(span.hi)];
}

/** "error[E0384]" / "warning" — how rustc heads a diagnostic. */
export function heading(d: Diagnostic): string {
  return d.code ? `${d.severity}[${d.code}]` : d.severity;
}

function fixLabel(s: Suggestion): string {
  const text = s.replacement.trim();
  if (!text) return "Remove";
  if (s.lo === s.hi) return `Insert \`${text}\``;
  return `Replace with \`${text}\``;
}

/** The text shown in a marker's tooltip: message, span labels, notes, helps. */
export function detailText(d: Diagnostic): string {
  const lines = [`${heading(d)}: ${d.message}`];
  for (const s of d.spans) if (s.label && s.primary) lines.push(`  ^ ${s.label}`);
  for (const s of d.spans) if (s.label && !s.primary) lines.push(`  line ${s.line_start}: ${s.label}`);
  for (const n of d.notes) lines.push(`note: ${n}`);
  for (const h of d.helps) lines.push(`help: ${h.message}`);
  return lines.join("\n");
}

export function toLintDiagnostics(diags: Diagnostic[], source: string, docLength: number): LintDiagnostic[] {
  const toChar = byteToCharMapper(source);
  const clamp = (n: number) => Math.min(Math.max(n, 0), docLength);
  return diags.map((d) => {
    const [from, to] = primaryRange(d, toChar).map(clamp);
    const actions: Action[] = [];
    for (const h of d.helps) {
      const s = h.suggestion;
      if (!s) continue;
      // Positions relative to the marker, so the fix lands in the right
      // place even if the code before the marker changed since.
      const start = toChar(s.lo) - from;
      const end = toChar(s.hi) - from;
      actions.push({
        name: s.applicability === "MachineApplicable" ? fixLabel(s) : `${fixLabel(s)}?`,
        apply(view, markerFrom) {
          view.dispatch({
            changes: { from: markerFrom + start, to: markerFrom + end, insert: s.replacement },
            userEvent: "input.fix",
          });
        },
      });
    }
    return {
      from, to,
      severity: d.severity === "error" ? "error" : "warning",
      message: detailText(d),
      actions,
    } satisfies LintDiagnostic;
  });
}
