/* Widget pages only, blocking in <head>, before the first paint. The partner's looks
   go on <html> (`data-theme`, `data-accent`, `data-compact`: the stylesheet knows the
   valid values, anything else is the default). When the content must change first
   (another language than this file's, a country, preset filters), the widget stays
   hidden until `site.js` has done it, so it never paints the defaults against its
   options; should that never happen, it shows the defaults after eight seconds. */
(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  // The last of a repeated key counts, as in the configurator's `Options::from_pairs`.
  function last(key) { return params.getAll(key).pop() || null; }
  ['theme', 'accent'].forEach(function (key) {
    var value = last(key);
    if (value) root.setAttribute('data-' + key, value);
  });
  if (last('compact') === '1') root.setAttribute('data-compact', '');
  var asked = last('lang');
  var browser = (navigator.languages || []).find(function (l) { return /^(en|ja)\b/i.test(l); }) || 'en';
  var lang = asked === 'en' || asked === 'ja' ? asked : browser.slice(0, 2).toLowerCase();
  root.setAttribute('data-widget-lang', lang);
  var changes = lang !== root.lang || ['kind', 'region', 'country'].some(function (k) { return params.has(k); });
  if (changes) {
    root.classList.add('widget-pending');
    setTimeout(function () { root.classList.remove('widget-pending'); }, 8000);
  }
})();
