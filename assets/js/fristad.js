/* Fristad default theme: leave the page quickly.
   A classic script (works from disk and from any server), no framework, nothing from other hosts, no storage.
   - Every link marked data-exit hides the page at once and leaves with location.replace, so Back does not
     return here. Without JavaScript the same links are plain links with rel="noreferrer".
   - Shift pressed three times within five seconds does the same (as GOV.UK's "Exit this page"); any other key
     in between starts the count again, so typing capital letters never triggers it. Progress is announced in a
     live region, in the page's language. */
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');

  function status() {
    return document.getElementById('exit-status');
  }

  function announce(text) {
    var s = status();
    if (s) {
      s.textContent = text;
    }
  }

  function leave(url) {
    root.classList.add('leaving');
    if (window.speechSynthesis) {
      window.speechSynthesis.cancel(); // a voice reading the page aloud stops at once too
    }
    document.title = '';
    window.location.replace(url);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-exit]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    leave(link.href);
  });

  var presses = 0;
  var timer = null;

  function reset() {
    presses = 0;
    clearTimeout(timer);
    timer = null;
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      if (presses > 0) {
        reset();
        announce('');
      }
      return;
    }
    if (event.repeat) {
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () {
      reset();
      announce('');
    }, 5000);
    var s = status();
    if (presses >= 3) {
      reset();
      announce(s ? s.getAttribute('data-leaving') : '');
      var link = document.querySelector('a[data-exit]');
      if (link) {
        leave(link.href);
      }
    } else if (s) {
      announce(s.getAttribute('data-progress').replace('{n}', String(presses)));
    }
  });
})();

/* "Lyssna": reads the main content aloud with the browser's speech synthesis, only with a voice that runs on the
   device itself (localService), so no text leaves it. The controls stay hidden (the hidden attribute) unless such a
   voice exists for the language of the text; voices that arrive later (voiceschanged) are considered again.
   Play, pause/resume and stop; each change is announced in a live region, in the page's language. */
(function () {
  'use strict';
  var box = document.querySelector('.read-aloud');
  var synth = window.speechSynthesis;
  if (!box || !synth || typeof window.SpeechSynthesisUtterance !== 'function') {
    return;
  }
  var toggle = box.querySelector('.read-aloud-toggle');
  var label = box.querySelector('.read-aloud-label');
  var stop = box.querySelector('.read-aloud-stop');
  var status = box.querySelector('.read-aloud-status');
  var lang = (box.getAttribute('data-lang') || document.documentElement.lang || '').toLowerCase();
  var state = 'idle'; // idle, playing, paused
  var run = 0; // each start gets a number, so events of an earlier, cancelled reading are ignored
  var voice = null;

  function primary(tag) {
    return String(tag || '').replace('_', '-').toLowerCase().split('-')[0];
  }

  /** A voice on the device for the text's language: the exact tag first, else the same language (sv for sv-SE). */
  function localVoice() {
    var voices = synth.getVoices() || [];
    var same = null;
    for (var i = 0; i < voices.length; i++) {
      var v = voices[i];
      if (v.localService !== true) {
        continue;
      }
      var tag = String(v.lang || '').replace('_', '-').toLowerCase();
      if (tag === lang) {
        return v;
      }
      if (!same && primary(tag) === primary(lang)) {
        same = v;
      }
    }
    return same;
  }

  function say(key) {
    status.textContent = box.getAttribute('data-' + key) || '';
  }

  function show(next, announcement) {
    state = next;
    box.setAttribute('data-state', next);
    label.textContent = box.getAttribute('data-' + (next === 'playing' ? 'pause' : next === 'paused' ? 'resume' : 'play'));
    if (next === 'idle' && document.activeElement === stop) {
      toggle.focus();
    }
    stop.hidden = next === 'idle';
    if (announcement) {
      say(announcement);
    }
  }

  function skipped(el) {
    return el.closest('.page-tools, .heading-anchor, [hidden], [aria-hidden="true"], script, style, svg, template');
  }

  /** The main content's text in reading order, one piece per paragraph, heading, list item or cell, in the text's language. */
  function pieces() {
    var main = document.getElementById('main');
    var out = [];
    if (!main) {
      return out;
    }
    var blocks = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, caption, figcaption, blockquote, pre, div, section, article, main';
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    var current = null;
    var text = '';
    function flush() {
      var t = text.replace(/\s+/g, ' ').trim();
      if (t && current && primary((current.closest('[lang]') || document.documentElement).getAttribute('lang')) === primary(lang)) {
        out.push(t);
      }
      text = '';
    }
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement;
      if (!parent || skipped(parent)) {
        continue;
      }
      var block = parent.closest(blocks);
      if (block !== current) {
        flush();
        current = block;
      }
      text += node.nodeValue;
    }
    flush();
    return out;
  }

  function play() {
    var parts = pieces();
    if (!parts.length || !voice) {
      return;
    }
    synth.cancel();
    run += 1;
    var mine = run;
    show('playing', 'playing');
    parts.forEach(function (part, i) {
      var u = new window.SpeechSynthesisUtterance(part);
      u.lang = voice.lang || lang;
      u.voice = voice;
      if (i === parts.length - 1) {
        u.onend = function () {
          if (mine === run && state !== 'idle') {
            show('idle', 'done');
          }
        };
      }
      u.onerror = function () {
        if (mine === run && state !== 'idle') {
          run += 1;
          synth.cancel();
          show('idle', 'stopped');
        }
      };
      synth.speak(u);
    });
  }

  toggle.addEventListener('click', function () {
    if (state === 'idle') {
      play();
    } else if (state === 'playing') {
      synth.pause();
      show('paused', 'paused');
    } else {
      synth.resume();
      show('playing', 'resumed');
    }
  });

  stop.addEventListener('click', function () {
    run += 1;
    synth.cancel();
    show('idle', 'stopped');
  });

  function update() {
    voice = localVoice();
    if (voice) {
      box.hidden = false;
    } else {
      if (state !== 'idle') {
        run += 1;
        synth.cancel();
        show('idle', '');
      }
      box.hidden = true;
    }
  }

  update();
  if (typeof synth.addEventListener === 'function') {
    synth.addEventListener('voiceschanged', update);
  } else {
    synth.onvoiceschanged = update;
  }
  // leaving or reloading the page ends the reading; nothing carries over to the next page
  window.addEventListener('pagehide', function () {
    if (state !== 'idle') {
      synth.cancel();
    }
  });
})();

/* Opened straight from disk (file://), a link to a folder shows the folder, not its page: point the site's own
   links at index.html. On a web server nothing changes. */
(function () {
  'use strict';
  if (location.protocol !== 'file:') {
    return;
  }
  function fix() {
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (!/^[a-z][a-z0-9+.-]*:|^#|^\//i.test(href)) { // relative: the site's own
        var parts = href.split('#');
        if (/(^|\/)$/.test(parts[0]) || parts[0] === '.' || parts[0] === '..') {
          parts[0] = parts[0].replace(/\/?$/, '/') + 'index.html';
          links[i].setAttribute('href', parts.join('#'));
        }
      }
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fix);
  } else {
    fix();
  }
})();

/* Languages, menu and search in the header: behind one control each on a phone (<details>, which works without
   JavaScript), open on a wide screen, where the controls are hidden by the stylesheet. */
(function () {
  'use strict';
  var wide = window.matchMedia ? window.matchMedia('(min-width: 48em)') : null;
  function apply() {
    var open = !!(wide && wide.matches);
    Array.prototype.forEach.call(document.querySelectorAll('details[data-wide-open]'), function (d) {
      d.open = open;
    });
  }
  if (wide) {
    apply();
    if (wide.addEventListener) { wide.addEventListener('change', apply); } else if (wide.addListener) { wide.addListener(apply); }
  }
})();

/* Search from the header of every page. Runs the search right here, with search.js loaded only when the field is
   first used; results appear below the header. Like the search page it has no field name and is never submitted,
   so a query never reaches the address bar, the history or a server, and nothing is stored. Without JavaScript
   the form stays hidden and its place is a link to the list of all pages. */
(function () {
  'use strict';
  var form = document.querySelector('form.header-search');
  var status = document.getElementById('header-search-status');
  if (!form || !status) {
    return;
  }
  var input = form.querySelector('input');
  var box = document.querySelector('.header-results-list');
  var list = box.querySelector('ol');
  var link = form.parentNode.querySelector('.search-link');
  var details = form.parentNode;
  var loading = null;
  var seq = 0;
  var timer = null;
  form.hidden = false;
  if (link) {
    link.hidden = true;
  }
  function load() {
    if (window.Fristad && window.Fristad.search) {
      return Promise.resolve(window.Fristad);
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = form.getAttribute('data-script');
        s.onload = function () {
          if (window.Fristad && window.Fristad.search) { resolve(window.Fristad); } else { reject(new Error('no search')); }
        };
        s.onerror = function () { s.remove(); loading = null; reject(new Error('cannot load search')); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }
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
        p.innerHTML = r.excerpt; // escaped text with <mark>, made by search.js
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    var total = results.total || results.length;
    box.hidden = false;
    status.parentNode.setAttribute('aria-labelledby', status.id); // a named region once it holds results
    say(total ? (total === 1 ? 'one' : 'many') : 'none', total, q);
  }
  function run() {
    var q = input.value.trim().slice(0, 500);
    var mine = ++seq;
    if (!q) {
      list.textContent = '';
      box.hidden = true;
      say('empty', 0, '');
      return;
    }
    load().then(function (F) {
      return F.search(q, {lang: form.getAttribute('data-lang'), limit: 20});
    }).then(function (results) {
      if (mine === seq) { show(results, q); }
    }, function () {
      if (mine === seq) {
        list.textContent = '';
        box.hidden = false;
        status.parentNode.setAttribute('aria-labelledby', status.id);
        say('error', 0, q);
      }
    });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  input.addEventListener('focus', function () {
    load().then(null, function () {});
  });
  if (details && details.tagName === 'DETAILS') {
    details.addEventListener('toggle', function () {
      var isWide = window.matchMedia && window.matchMedia('(min-width: 48em)').matches;
      if (details.open && !isWide) {
        input.focus();
      }
    });
  }
})();
