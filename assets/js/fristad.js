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
