// @ts-check
/* CLAIR widgets loader: <div data-clair-widget="office-finder|office-card|jet-timeline"
   data-lang data-theme data-accent data-compact data-kind data-region data-country
   data-office></div>. Each placeholder becomes a titled, lazy iframe whose height
   follows its content. Only height messages from our own frames are read. */
(function () {
  var script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  var site = new URL('.', script.src);
  var origin = site.origin;
  var paths = { 'office-finder': 'embed/offices/', 'office-card': 'embed/offices/', 'jet-timeline': 'embed/jet-timeline/' };
  var titles = { 'office-finder': 'CLAIR offices', 'office-card': 'CLAIR office', 'jet-timeline': 'JET Programme timeline' };
  var keys = ['lang', 'theme', 'accent', 'compact', 'kind', 'region', 'country'];
  /** @type {HTMLIFrameElement[]} */
  var frames = [];
  /** @param {Element} el */
  function mount(el) {
    var kind = /** @type {keyof typeof paths} */ (el.getAttribute('data-clair-widget') || '');
    if (!paths[kind] || el.querySelector('iframe')) return;
    var path = paths[kind];
    if (kind === 'office-card') {
      var office = el.getAttribute('data-office') || '';
      if (!/^[a-z0-9-]{1,64}$/.test(office)) return;
      path += office + '/';
    }
    var url = new URL(path, site);
    keys.forEach(function (k) {
      var v = el.getAttribute('data-' + k);
      if (v) url.searchParams.set(k, v);
    });
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.getAttribute('data-title') || titles[kind];
    frame.loading = 'lazy';
    frame.style.cssText = 'display:block;width:100%;height:480px;border:0;';
    el.appendChild(frame);
    frames.push(frame);
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'clair-widget:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.max(Math.ceil(height), 80), 10000) + 'px';
      }
    }
  });
  function scan() {
    var list = document.querySelectorAll('[data-clair-widget]');
    for (var i = 0; i < list.length; i++) mount(list[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
