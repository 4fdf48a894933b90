// The host function of the Emscripten peer (an emcc --js-library): the
// module imports it as `env.step`. Its body is the one every peer's host
// function has (bench/interop/cases.mjs).
mergeInto(LibraryManager.library, {
  step: function (acc, i) {
    return (acc + i) | 0;
  },
});
