/* The search box for sites that Fristad did not build (fristad index puts it into fristad-search.js, after
   search.js). Every element marked data-fristad-search gets a labelled search field, a status line read out by
   screen readers and the results as a list, in the page's language (or data-lang). The query never reaches the
   address, the history or a server: the field has no name and the form is never submitted. Texts can be set with
   data-label, data-button, data-none, data-one, data-many ({n}: how many, {q}: the query) and data-error.
   Classes to style: fristad-search, -form, -row, -status, -results. No inline styles, no inline scripts. */
(function () {
  'use strict';
  var F = window.Fristad;
  var TEXTS = {
    en: {label: 'Search this site', button: 'Search', none: 'No pages match “{q}”.', one: '1 page matches “{q}”.',
      many: '{n} pages match “{q}”.', error: 'Search could not load. Try again.'},
    sv: {label: 'Sök på webbplatsen', button: 'Sök', none: 'Inga sidor matchar ”{q}”.', one: '1 sida matchar ”{q}”.',
      many: '{n} sidor matchar ”{q}”.', error: 'Sökningen kunde inte laddas. Försök igen.'}
  };
  var made = 0;
  function el(tag, cls, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function box(host) {
    var lang = (host.getAttribute('data-lang') || document.documentElement.lang || 'und').toLowerCase().split(/[-_]/)[0];
    var texts = TEXTS[lang] || TEXTS.en;
    function text(key) { return host.getAttribute('data-' + key) || texts[key]; }
    var id = 'fristad-search-' + (++made);
    host.textContent = '';
    host.classList.add('fristad-search');
    var form = el('form', 'fristad-search-form', host);
    form.setAttribute('role', 'search');
    var label = el('label', null, form);
    label.htmlFor = id;
    label.textContent = text('label');
    var row = el('div', 'fristad-search-row', form);
    var input = el('input', null, row);
    input.id = id;
    input.type = 'search';
    input.autocomplete = 'off';
    input.setAttribute('autocapitalize', 'off');
    input.spellcheck = false;
    input.setAttribute('enterkeyhint', 'search');
    input.maxLength = 500;
    var button = el('button', null, row);
    button.type = 'submit';
    button.textContent = text('button');
    var status = el('p', 'fristad-search-status', host);
    status.id = id + '-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');
    var list = el('ol', 'fristad-search-results', host);
    list.setAttribute('aria-labelledby', status.id);
    var seq = 0, timer = null;
    function say(key, n, q) { status.textContent = text(key).replace('{n}', n).replace('{q}', q); }
    function run() {
      var q = input.value.trim().slice(0, 500), mine = ++seq;
      if (!q) { list.textContent = ''; status.textContent = ''; return; }
      F.search(q, {lang: lang, limit: 20}).then(function (results) {
        if (mine !== seq) { return; }
        list.textContent = '';
        results.forEach(function (r) {
          var li = el('li', null, list), a = el('a', null, li);
          a.href = r.url;
          a.textContent = r.title;
          if (r.excerpt) { el('p', null, li).innerHTML = r.excerpt; } // escaped text with <mark>, from excerpt()
        });
        var n = results.total || results.length;
        say(n ? (n === 1 ? 'one' : 'many') : 'none', n, q);
      }, function () {
        if (mine === seq) { list.textContent = ''; say('error', 0, q); }
      });
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 200); });
  }
  function all() { Array.prototype.forEach.call(document.querySelectorAll('[data-fristad-search]'), box); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', all); } else { all(); }
})();
