// The host side of 29-dom-tree.rs: a small DOM of plain JS objects (the run
// worker has no document) whose `render` returns the tree as HTML, a JS
// string. The playground's run worker gives programs these same fns
// (playground/src/run.worker.ts imports this file); `wasmrust run --host`
// loads it from here.
export default (ctx) => ({
  dom: {
    create: (ptr, len) => ({ tag: ctx.readString(ptr, len), text: "", children: [] }),
    set_text: (node, ptr, len) => { node.text = ctx.readString(ptr, len); },
    append: (parent, child) => { parent.children.push(child); },
    remove: (parent, child) => { parent.children = parent.children.filter((c) => c !== child); },
    render: (node) => render(node, ""),
    // How many references the program's values hold: the non-null slots
    // of its reference table.
    held: () => {
      const table = ctx.exports.__wasmrust_refs;
      let n = 0;
      for (let i = 0; i < (table?.length ?? 0); i++) if (table.get(i) !== null) n++;
      return n;
    },
  },
});

function render(node, indent) {
  if (node.children.length === 0) return `${indent}<${node.tag}>${node.text}</${node.tag}>`;
  const inner = node.children.map((c) => render(c, indent + "  ")).join("\n");
  return `${indent}<${node.tag}>${node.text}\n${inner}\n${indent}</${node.tag}>`;
}
