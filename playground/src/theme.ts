// Light and dark themes: the page follows the system's preference until the
// user picks one with the toggle, which is then remembered.
import { load, save } from "./storage";

export function initialDark(): boolean {
  const saved = load("theme");
  if (saved) return saved === "dark";
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

export function applyTheme(dark: boolean, remember: boolean): void {
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  if (remember) save("theme", dark ? "dark" : "light");
}
