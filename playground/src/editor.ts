// The CodeMirror 6 editor: Rust highlighting, lint markers fed by the
// compile worker (not a CodeMirror linter: the page decides when to
// compile), Ctrl/Cmd+Enter to run, and a theme that follows the page's.
// It lives in a shadow root: there CodeMirror styles itself through
// constructed stylesheets, which the page's strict Content-Security-Policy
// allows, instead of <style> elements, which it forbids.
import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import { indentWithTab } from "@codemirror/commands";
import { rust } from "@codemirror/lang-rust";
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from "@codemirror/lint";
import { oneDark } from "@codemirror/theme-one-dark";

export interface EditorHooks {
  onChange(source: string): void;
  onRun(): void;
  /** The cursor moved to another line (1-based). */
  onCursorLine?(line: number): void;
}

const light = EditorView.theme({}, { dark: false });
const sizing = EditorView.theme({
  "&": { height: "100%", fontSize: "14px" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.55" },
  ".cm-tooltip-lint": { maxWidth: "min(560px, 90vw)" },
  ".cm-diagnosticText": { whiteSpace: "pre-wrap", fontFamily: "var(--mono)", fontSize: "12.5px" },
});

export class Editor {
  readonly view: EditorView;
  private theme = new Compartment();
  private cursorLine = 0;

  constructor(parent: HTMLElement, doc: string, dark: boolean, hooks: EditorHooks) {
    const run = () => {
      hooks.onRun();
      return true;
    };
    const shadow = parent.attachShadow({ mode: "open" });
    const mount = document.createElement("div");
    mount.style.height = "100%";
    shadow.append(mount);
    this.view = new EditorView({
      parent: mount,
      root: shadow,
      state: EditorState.create({
        doc,
        extensions: [
          Prec.highest(keymap.of([{ key: "Mod-Enter", run }, { key: "Shift-Enter", run }])),
          basicSetup,
          keymap.of([indentWithTab]),
          rust(),
          lintGutter(),
          sizing,
          this.theme.of(dark ? oneDark : light),
          EditorView.contentAttributes.of({ "aria-label": "Program source" }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) hooks.onChange(u.state.doc.toString());
            if (u.selectionSet || u.docChanged) {
              const line = u.state.doc.lineAt(u.state.selection.main.head).number;
              if (line !== this.cursorLine) {
                this.cursorLine = line;
                hooks.onCursorLine?.(line);
              }
            }
          }),
        ],
      }),
    });
  }

  get source(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the program (undoable, like any edit). */
  setSource(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  setDark(dark: boolean): void {
    this.view.dispatch({ effects: this.theme.reconfigure(dark ? oneDark : light) });
  }

  showDiagnostics(diagnostics: LintDiagnostic[]): void {
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Selects line `n` (1-based), as jumpTo does. */
  selectLine(n: number): void {
    const doc = this.view.state.doc;
    if (n < 1 || n > doc.lines) return;
    const line = doc.line(n);
    this.jumpTo(line.from, line.to);
  }

  /** Selects [from, to), scrolls it into view and focuses the editor. */
  jumpTo(from: number, to: number): void {
    const len = this.view.state.doc.length;
    this.view.dispatch({
      selection: { anchor: Math.min(from, len), head: Math.min(to, len) },
      effects: EditorView.scrollIntoView(Math.min(from, len), { y: "center" }),
    });
    this.view.focus();
  }
}
