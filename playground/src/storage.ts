// What the page remembers across reloads, in localStorage: the program being
// edited and the user's settings. Storage can be unavailable (private modes,
// quotas); the page then simply forgets.
const PREFIX = "wasmrust.playground.";

export function load(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function save(key: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + key, value);
  } catch {
    /* storage full or disabled: nothing to keep it in */
  }
}
