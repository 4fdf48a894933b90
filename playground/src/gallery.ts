// The examples gallery: a dialog of cards, one per example program; picking
// one puts it in the editor (as an edit, so Ctrl+Z brings the old code back)
// and runs it.
import { examples, type Example } from "./examples";
import { $, h } from "./dom";

export function initGallery(onPick: (example: Example) => void): void {
  const dialog = $("#gallery") as HTMLDialogElement;
  const grid = $("#gallery-grid");
  grid.replaceChildren(...examples.map((ex, i) =>
    h("button", {
        class: "card", type: "button", "data-example": ex.id, "data-testid": "example-card",
        onclick: () => {
          dialog.close();
          onPick(ex);
        },
      },
      h("span", { class: "card-num" }, String(i + 1).padStart(2, "0")),
      h("span", { class: "card-title" }, ex.title),
      h("span", { class: "card-summary" }, ex.summary))));
  $("#examples-button").addEventListener("click", () => dialog.showModal());
  $("#gallery-close").addEventListener("click", () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener("click", (e) => {
    if (e.target === dialog) dialog.close();
  });
}
