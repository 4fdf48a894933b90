// The playground page: wires the editor, the compile worker, the runner and
// the output panes together (main.ts has already started the workers). As you type, the program is checked (markers
// and the Problems pane update); Run (or Ctrl/Cmd+Enter) compiles it fully
// and runs it in a fresh worker. The first program runs as soon as the
// compiler has loaded, so a newcomer sees output without doing anything.
import type { CompilerClient } from "./compiler_client";
import { Editor } from "./editor";
import { toLintDiagnostics } from "./diagnostics";
import { examples } from "./examples";
import { initGallery } from "./gallery";
import type { Runner } from "./runner";
import { decodeFragment, shareUrl } from "./share";
import { load, save } from "./storage";
import { Tabs } from "./tabs";
import { applyTheme, initialDark } from "./theme";
import { $, formatBytes } from "./dom";
import type { CompileResponse, Mode } from "./protocol";
import { OutputView } from "./views/output";
import { renderProblems } from "./views/problems";
import { renderBytes } from "./views/bytes";
import { renderSizes } from "./views/sizes";
import { MemoryPanel } from "./views/memory";

const MODE_NAMES: Record<Mode, string> = { dev: "dev", speed: "release (speed)", size: "release (size)" };

export async function startApp(compiler: CompilerClient, runner: Runner): Promise<void> {
  let dark = initialDark();
  applyTheme(dark, false);

  const tabs = new Tabs($("#tabs"));
  const output = new OutputView($("#console"));
  const statusEl = $("#status");
  const timingEl = $("#timing");
  const runButton = $("#run-button") as HTMLButtonElement;
  const modeSelect = $("#mode") as HTMLSelectElement;

  // Shortcut hints in the platform's own words.
  if (/Mac|iPhone|iPad/.test(navigator.platform)) {
    $(".shortcut").textContent = "⌘ ⏎";
    runButton.title = "Compile and run (⌘+Enter)";
  }

  let mode: Mode = (load("mode") as Mode | null) ?? "dev";
  if (!(mode in MODE_NAMES)) mode = "dev";
  modeSelect.value = mode;

  // Every edit bumps the version; a compile result is shown only if it is
  // for the version on screen.
  let version = 0;
  let runs = 0;
  let firstResult = true;

  function setStatus(text: string, state: string): void {
    statusEl.textContent = text;
    statusEl.dataset.state = state;
    document.body.dataset.state = state;
  }

  function showDiagnostics(res: CompileResponse, source: string): void {
    editor.showDiagnostics(toLintDiagnostics(res.diagnostics, source, editor.view.state.doc.length));
    renderProblems($("#pane-problems"), res.diagnostics, source, {
      jump: (from, to) => editor.jumpTo(from, to),
      applyFix: (from, to, insert) => {
        editor.view.dispatch({ changes: { from, to, insert }, userEvent: "input.fix" });
        editor.view.focus();
      },
    });
    const errors = res.diagnostics.filter((d) => d.severity === "error").length;
    const warnings = res.diagnostics.length - errors;
    tabs.badge("problems", res.diagnostics.length ? String(res.diagnostics.length) : "",
      errors ? "error" : warnings ? "warning" : "");
  }

  function showBuild(res: CompileResponse): void {
    if (!res.wasm) {
      const none = "No module: the program does not compile yet (see Problems).";
      $("#wat").textContent = none;
      $("#pane-bytes").replaceChildren(none);
      $("#pane-sizes").replaceChildren(none);
      return;
    }
    $("#wat").textContent = res.wat;
    renderBytes($("#pane-bytes"), res.wasm, res.annotations);
    if (res.sizes) renderSizes($("#pane-sizes"), res.sizes, MODE_NAMES[mode]);
  }

  // Dev runs compile twice: once for the bytes to run (the quickest answer)
  // and once more, while the program runs, for the WAT and byte views.
  let viewsFor = 0;
  function refreshViews(source: string, forRun: number): void {
    void compiler.compile({ source, mode, purpose: "views" }).then((v) => {
      if (forRun === viewsFor) showBuild(v);
    });
  }

  async function run(): Promise<void> {
    if (runner.running) {
      runner.stop("stopped by you");
      return;
    }
    const source = editor.source;
    const forVersion = version;
    setStatus(mode === "dev" ? "Compiling…" : "Compiling and optimizing…", "compiling");
    await compiler.ready.catch(() => undefined);
    performance.mark("wasmrust:compile-start");
    const res = await compiler.compile({ source, mode, purpose: mode === "dev" ? "run" : "views" });
    if (forVersion === version) showDiagnostics(res, source);
    const forRun = ++viewsFor;
    if (mode === "dev" && res.ok) refreshViews(source, forRun);
    else showBuild(res);
    output.clear();
    delete $("#console").dataset.exitCode;
    const compileText = `compiled in ${res.compileMs.toFixed(1)} ms` +
      (res.optimizeMs ? ` + Binaryen ${res.optimizeMs.toFixed(0)} ms` : "");
    if (!res.ok || !res.wasm) {
      const errors = res.diagnostics.filter((d) => d.severity === "error");
      output.note(res.error ??
        `Could not compile: ${errors.length} error${errors.length === 1 ? "" : "s"}. See Problems for where and how to fix ${errors.length === 1 ? "it" : "them"}.`,
        "error");
      tabs.show("problems");
      finish("Compile failed", "failed", compileText);
      return;
    }
    if (tabs.current === "problems") tabs.show("output");
    setStatus("Running…", "running");
    performance.mark("wasmrust:run-start");
    runButton.classList.add("stop");
    runButton.querySelector(".run-label")!.textContent = "Stop";
    const outcome = await runner.run(res.wasm, {
      onOutput: (fd, bytes) => output.write(fd, bytes),
      onSnapshot: (snapshot) => memory.snapshot(snapshot),
      onPaused: (reason) => {
        memory.setPaused(reason);
        setStatus(`Paused: ${reason}`, "paused");
        document.body.dataset.pauses = String(Number(document.body.dataset.pauses ?? 0) + 1);
      },
    }, { memviz: mode === "dev", breakOnAlloc: memory.breakOnAlloc, breakOnDrop: memory.breakOnDrop });
    if (mode !== "dev") memory.releaseBuild();
    runButton.classList.remove("stop");
    runButton.querySelector(".run-label")!.textContent = "Run";
    const size = formatBytes(res.wasm.length);
    if (outcome.timedOut || outcome.exitCode === null) {
      output.note(`Stopped: ${outcome.error}.`, "error");
      finish("Stopped", "stopped", `${compileText} · ${size}`);
      return;
    }
    if (outcome.error) output.note(outcome.error, "error");
    $("#console").dataset.exitCode = String(outcome.exitCode);
    const ok = outcome.exitCode === 0;
    output.note(ok ? "Program finished." : `Program exited with code ${outcome.exitCode}${outcome.exitCode === 101 ? " (it panicked)" : ""}.`,
      ok ? "ok" : "error");
    finish(ok ? "Done" : `Exit code ${outcome.exitCode}`, "done",
      `${compileText} · ${size} · ran in ${outcome.ms.toFixed(1)} ms`);
  }

  function finish(status: string, state: string, timing: string): void {
    runs++;
    document.body.dataset.runs = String(runs);
    setStatus(status, state);
    timingEl.textContent = timing;
    if (firstResult) {
      firstResult = false;
      performance.mark("wasmrust:first-result");
    }
  }

  // As-you-type checking, a moment after the last keystroke.
  let checkTimer = 0;
  function scheduleCheck(): void {
    clearTimeout(checkTimer);
    checkTimer = window.setTimeout(async () => {
      const source = editor.source;
      const forVersion = version;
      const res = await compiler.compile({ source, mode: "dev", purpose: "check" });
      if (forVersion === version) showDiagnostics(res, source);
    }, 250);
  }

  let saveTimer = 0;
  function onChange(source: string): void {
    version++;
    // An edited shared program is the user's own now: drop the fragment so a
    // reload shows the edits, not the original link's program.
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => save("source", source), 200);
    scheduleCheck();
  }

  const shared = await decodeFragment(location.hash);
  const initial = shared ?? load("source") ?? examples[0].source;
  const editor = new Editor($("#editor"), initial, dark, {
    onChange,
    onRun: () => void run(),
    onCursorLine: (line) => memory.selectLine(line),
  });
  const memory = new MemoryPanel($("#devtools-frame") as HTMLIFrameElement, $("#memory-note"), {
    onSelectLine: (line) => editor.selectLine(line),
    onResume: () => {
      setStatus("Running…", "running");
      runner.resume();
    },
  });
  tabs.onShow = (tab) => {
    if (tab === "memory") memory.show();
  };
  if (tabs.current === "memory") memory.show();
  // For tests: the Memory panel's app state.
  (window as unknown as { wasmrustMemory: MemoryPanel }).wasmrustMemory = memory;

  runButton.addEventListener("click", () => void run());
  modeSelect.addEventListener("change", () => {
    mode = modeSelect.value as Mode;
    save("mode", mode);
    void run();
  });
  $("#theme-button").addEventListener("click", () => {
    dark = !dark;
    applyTheme(dark, true);
    editor.setDark(dark);
  });

  const toast = $("#toast");
  let toastTimer = 0;
  function showToast(text: string): void {
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => (toast.hidden = true), 2500);
  }
  $("#share-button").addEventListener("click", async () => {
    const url = await shareUrl(editor.source);
    history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
      showToast("Link copied: it carries the whole program.");
    } catch {
      showToast("The link in the address bar now carries the whole program.");
    }
  });

  initGallery((ex) => {
    editor.setSource(ex.source);
    editor.view.focus();
    void run();
  });

  compiler.ready.then(
    ({ version: v }) => {
      setStatus(`WasmRust ${v} ready`, "ready");
      statusEl.title = `Compiler version ${v}`;
      void run();
    },
    (e: Error) => {
      setStatus("The compiler failed to load", "failed");
      output.clear();
      output.note(`The compiler could not be loaded: ${e.message}. Try reloading the page.`, "error");
    },
  );
}
