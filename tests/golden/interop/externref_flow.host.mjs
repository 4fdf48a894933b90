// The host side of externref_flow.rs: a small tree of plain objects.
const leaf = (name) => ({ name, children: [] });
const tree = { name: "root", children: [{ name: "a", children: [leaf("a.0")] }, leaf("b")] };
export default {
  tree: {
    root: () => tree,
    child: (node, i) => node.children[i] ?? null,
    label: (node) => console.log(`[js] ${node.name}`),
  },
};
