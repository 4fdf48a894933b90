// The examples gallery: every examples/*.rs file of the repository, in file-name
// order. A file's first comment line is its title ("Title: what it shows"),
// shown in the gallery.
const files = import.meta.glob("../../examples/*.rs", { query: "?raw", import: "default", eager: true });

export interface Example {
  id: string;
  title: string;
  summary: string;
  source: string;
}

export const examples: Example[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, source]) => {
    const id = path.replace(/^.*\//, "").replace(/\.rs$/, "").replace(/^\d+-/, "");
    const first = (source as string).match(/^\/\/\s*(.*)$/m)?.[1] ?? id;
    const colon = first.indexOf(": ");
    const title = colon < 0 ? first : first.slice(0, colon);
    const summary = colon < 0 ? "" : first.slice(colon + 2);
    return { id, title, summary, source: source as string };
  });
