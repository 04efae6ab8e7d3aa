/* Fristad default theme: filters for long lists (the support finder, the table of every action).
   A classic script loaded only by the pages that have filters; no framework, no storage, works from disk.
   Without JavaScript the whole list is shown and the filter controls stay hidden.

   Markup it reads (templates/_data.ftlh):
   - <div data-filters="#list" hidden> holds <select data-filter="name" [data-always="value"]>, a
     [data-filter-reset] button and a [role=status] live region with data-template="… {n} … {total} …".
   - In #list, every [data-filter-item] has data-<name>="a|b|c" and data-key (one service listed in two groups
     counts once); [data-filter-group] elements are hidden when none of their items is shown.
   An item matches a select when nothing is chosen, when it has no value for that name (not known: keep it),
   when it has the chosen value, or when it has the select's data-always value (national services). */
(function () {
  'use strict';

  function values(item, name) {
    var v = item.getAttribute('data-' + name) || '';
    return v === '' ? [] : v.split('|');
  }

  function contains(list, value) {
    for (var i = 0; i < list.length; i++) {
      if (list[i] === value) {
        return true;
      }
    }
    return false;
  }

  function matches(item, select) {
    var chosen = select.value;
    if (!chosen) {
      return true;
    }
    var have = values(item, select.getAttribute('data-filter'));
    var always = select.getAttribute('data-always');
    return have.length === 0 || contains(have, chosen) || (always !== null && contains(have, always));
  }

  function setup(box) {
    var list = document.querySelector(box.getAttribute('data-filters'));
    if (!list) {
      return;
    }
    var selects = box.querySelectorAll('select[data-filter]');
    var items = list.querySelectorAll('[data-filter-item]');
    var groups = list.querySelectorAll('[data-filter-group]');
    var status = box.querySelector('[role=status]');
    var reset = box.querySelector('[data-filter-reset]');
    var total = count(items, false);

    function count(nodes, visibleOnly) {
      var seen = {};
      var n = 0;
      for (var i = 0; i < nodes.length; i++) {
        var key = nodes[i].getAttribute('data-key') || String(i);
        if ((!visibleOnly || !nodes[i].hidden) && !seen[key]) {
          seen[key] = true;
          n += 1;
        }
      }
      return n;
    }

    function update(announce) {
      var i;
      var j;
      for (i = 0; i < items.length; i++) {
        var show = true;
        for (j = 0; j < selects.length && show; j++) {
          show = matches(items[i], selects[j]);
        }
        items[i].hidden = !show;
      }
      for (i = 0; i < groups.length; i++) {
        groups[i].hidden = !groups[i].querySelector('[data-filter-item]:not([hidden])');
      }
      var shown = count(items, true);
      if (status && announce) {
        var text = status.getAttribute('data-template').replace('{n}', String(shown)).replace('{total}', String(total));
        if (shown === 0) {
          text += ' ' + status.getAttribute('data-none');
        }
        status.textContent = text;
      }
    }

    for (var i = 0; i < selects.length; i++) {
      selects[i].addEventListener('change', function () {
        update(true);
      });
    }
    if (reset) {
      reset.addEventListener('click', function () {
        for (var k = 0; k < selects.length; k++) {
          selects[k].value = '';
        }
        update(true);
        selects[0].focus();
      });
    }
    box.hidden = false;
    update(false);
  }

  var boxes = document.querySelectorAll('[data-filters]');
  for (var b = 0; b < boxes.length; b++) {
    setup(boxes[b]);
  }
})();
