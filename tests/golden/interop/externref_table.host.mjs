// The host side of externref_table.rs and externref_places.rs: plain objects stand in for DOM
// elements, and `refs` reports on the module's reference table.
export default (ctx) => ({
  dom: {
    create: (ptr, len) => ({ tag: ctx.readString(ptr, len) }),
    tag_len: (el) => el.tag.length,
    show: (el) => console.log(`[js] <${el.tag}>`),
  },
  refs: {
    // Slots that hold a reference now, and the table's size.
    live: () => {
      const t = ctx.exports.__wasmrust_refs;
      let n = 0;
      for (let i = 0; i < t.length; i++) if (t.get(i) !== null) n++;
      return n;
    },
    size: () => ctx.exports.__wasmrust_refs.length,
  },
});
