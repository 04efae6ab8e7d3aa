/* The search page (search.ftlh): results as you type, their number announced in a live region, more on request;
   the query stays out of the address and history unless site.yml's shareableSearch says otherwise. Uses
   Fristad.search from search.js, loaded before it. */
(function () {
  'use strict';
  var F = window.Fristad;
  function searchPage() {
    var form = document.getElementById('search-form');
    if (!form) { return; }
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var lang = form.getAttribute('data-lang');
    var share = form.getAttribute('data-share') === 'true';
    var seq = 0, timer = null, shown = 20;
    form.hidden = false;
    function say(key, n, q) {
      status.textContent = (form.getAttribute('data-' + key) || '').replace('{n}', n).replace('{q}', q);
    }
    function show(results, q) {
      list.textContent = '';
      results.forEach(function (r) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.title;
        li.appendChild(a);
        if (r.excerpt) {
          var p = document.createElement('p');
          p.innerHTML = r.excerpt; // escaped text with <mark>, made by excerpt()
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      var total = results.total || results.length;
      say(total ? (total === 1 ? 'one' : 'many') : 'none', total, q);
      if (more) { more.hidden = total <= results.length; }
      if (F.timing) { F.timing.shown = performance.now(); }
    }
    function run(keep) {
      var q = input.value.trim().slice(0, 500);
      var mine = ++seq;
      if (!keep) { shown = 20; }
      if (share) { history.replaceState(null, '', q ? '#q=' + encodeURIComponent(q) : location.pathname); }
      if (!q) { list.textContent = ''; say('empty', 0, ''); if (more) { more.hidden = true; } return; }
      F.search(q, {lang: lang, limit: shown}).then(function (results) {
        if (mine === seq) { show(results, q); }
      }, function () {
        if (mine === seq) { list.textContent = ''; say('error', 0, q); }
      });
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 200); });
    if (more) {
      more.addEventListener('click', function () {
        var next = list.children.length; // focus the first new result once it is there
        shown += 20;
        run(true);
        var wait = setInterval(function () {
          if (list.children.length > next) { clearInterval(wait); list.children[next].querySelector('a').focus(); }
        }, 50);
        setTimeout(function () { clearInterval(wait); }, 5000);
      });
    }
    if (share && location.hash.indexOf('#q=') === 0) {
      input.value = decodeURIComponent(location.hash.slice(3));
      run();
    }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', searchPage); } else { searchPage(); }
})();
