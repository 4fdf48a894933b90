// The host side of externref.rs: plain objects stand in for DOM elements.
export default (ctx) => {
  const byId = [null, { tag: "main", children: [] }];
  return {
    dom: {
      create: (ptr, len) => ({ tag: ctx.readString(ptr, len), children: [] }),
      find: (id) => byId[id] ?? null,
      append: (parent, child) => parent.children.push(child),
      describe: (el) =>
        console.log(`[js] <${el.tag}> with ${el.children.length} children: ` +
          el.children.map((c) => c.tag).join(",")),
    },
  };
};
