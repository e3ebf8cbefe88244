/* Widget pages only, blocking in <head>: a widget whose URL carries options (language,
   theme, filters) stays hidden until its island has rendered with them, so it never
   paints the prerendered defaults against them. The island removes the class; should
   the wasm never start, the widget shows its defaults after eight seconds. */
if (location.search.length > 1) {
  document.documentElement.classList.add('widget-pending');
  setTimeout(() => document.documentElement.classList.remove('widget-pending'), 8000);
}
