/**
 * "Print deze flyer" / "Printen": buttons marked data-print-knop are hidden in the HTML (they need
 * JavaScript) and shown here; a click opens the browser's print dialog.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-knop]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    window.print();
  });
}
