// Host of sdk_app.rs for the benchmark: every host fn the module imports
// exists and returns 0.
export default (ctx) => {
  const imports = {};
  for (const { module, name } of ctx.moduleImports) {
    if (module === "env") continue;
    (imports[module] ??= {})[name] = () => 0;
  }
  return imports;
};
