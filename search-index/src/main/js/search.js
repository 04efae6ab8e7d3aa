/* Fristad.search(query, {lang, limit}) → Promise<[{url, title, excerpt, score}]>: the static index (search/<lang>/)
   queried in the browser, loaded as same-origin scripts (works from disk too). Mirrors se.fristad.search. */
(function () {
  'use strict';
  var F = window.Fristad = window.Fristad || {};
  function map() { return Object.create(null); } // keyed by what a resident typed: no inherited keys
  F.chains = F.chains || {};
  var fr = Math.fround;
  var me = document.currentScript, src = me ? me.src.replace(/[?#].*$/, '') : '';
  // Fristad's own site: <root>assets/<hash>/js/search.js (the theme's folder is named by its content), the index in
  // <root>search/, the chains in js/search/ beside this script.
  // Any other site (fristad index): <root><folder>/fristad-search.js with the index and chains/ beside it.
  var THEME = /assets\/([0-9a-f]{8}\/)?js\/search\.js$/, own = THEME.test(src);
  var base = own ? src.replace(THEME, 'search/') : src.replace(/[^\/]*$/, '');
  var root = own ? src.replace(THEME, '') : base.replace(/[^\/]*\/$/, '');
  var chains = own ? src.replace(/[^\/]*$/, 'search/') : base + 'chains/';
  var data = map();
  var loading = map();
  var dirs = map(); // per edition, the folder of its shards, named in its meta.js

  /* every index file is a script calling Fristad.d(path, value) */
  F.d = function (path, value) { data[path] = value; };

  function script(src, key) {
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = function () { s.remove(); resolve(data[key]); };
        s.onerror = function () { s.remove(); delete loading[key]; reject(new Error('cannot load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return loading[key];
  }

  /* <lang>/meta, or a shard (<lang>/a/0) from the folder meta.js names: an index is never mixed with another build's */
  function get(path) {
    var d = dirs[path.split('/')[0]];
    return script(base + (d ? path.replace('/', '/' + d + '/') : path) + '.js', path);
  }

  /* analysis: StandardTokenizer, Java's lower-casing, the language's chain */
  function lower(s) {
    var out = '';
    for (var c of s) { out += c === '\u0130' ? 'i' : c.toLowerCase(); }
    return out;
  }
  F.lower = lower;

  var LETTER = /[\p{L}\p{Pc}]/u;
  var DIGIT = /\p{Nd}/u;
  var EXTEND = /[\p{M}\p{Cf}]/u;
  var SINGLE = /[\p{Script=Han}\p{Script=Hiragana}]/u;
  var KATAKANA = /[\p{Script=Katakana}\u30FC]/u;
  var PICTO = /\p{Extended_Pictographic}/u;
  var REGIONAL = /\p{Regional_Indicator}/u;
  var EMOJI_TAIL = /[\uFE0F\u20E3\p{Emoji_Modifier}\u{E0020}-\u{E007F}]/u;
  var MID_LETTER = ':\u00B7\u0387\u055F\u05F4\u2027\uFE13\uFE55\uFF1A';
  var MID_NUM = ',;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B';
  var MID_BOTH = '.\'\u2018\u2019\u2024\uFE52\uFF07\uFF0E';

  /* UAX #29 class: l letter, d digit, u connector, x extend, s ideograph, k katakana, r regional, p pictograph. */
  function kind(c) {
    var n = c.codePointAt(0);
    if (n < 128) {
      return n >= 97 && n <= 122 || n >= 65 && n <= 90 ? 'l' : n >= 48 && n <= 57 ? 'd' : n === 95 ? 'u' : '';
    }
    if (n === 0x200B) { return ''; }
    if (n === 0x066B) { return 'd'; } // the Arabic decimal separator: Numeric to UAX #29, though not a digit (Nd)
    if (EXTEND.test(c)) { return 'x'; }
    if (SINGLE.test(c)) { return 's'; }
    if (KATAKANA.test(c)) { return 'k'; }
    if (REGIONAL.test(c)) { return 'r'; }
    if (PICTO.test(c)) { return 'p'; }
    if (DIGIT.test(c)) { return 'd'; }
    if (LETTER.test(c)) { return c === '\u203F' || c === '\u2040' || /\p{Pc}/u.test(c) ? 'u' : 'l'; }
    return '';
  }

  /* Words as Lucene's StandardTokenizer finds them: {s: text, o: offset, n: code points}. */
  function tokenize(text) {
    var cps = Array.from(text), kinds = cps.map(kind), out = [], offs = [], at = 0, i = 0;
    cps.forEach(function (c) { offs.push(at); at += c.length; });
    function emit(from, to) {
      var w = cps.slice(from, to).join('');
      for (var k = 0; k < w.length; k += 255) { // StandardTokenizer's longest token
        var part = w.slice(k, k + 255);
        out.push({s: part, o: offs[from] + k, n: Array.from(part).length});
      }
    }
    function extend(j) { while (j < cps.length && kinds[j] === 'x') { j++; } return j; }
    while (i < cps.length) {
      var k = kinds[i], start = i;
      if (k === 's') {
        i = extend(i + 1);
      } else if ((cps[i] === '#' || cps[i] === '*' || k === 'd') && (cps[i + 1] === '\u20E3' || cps[i + 1] === '\uFE0F' && cps[i + 2] === '\u20E3')) {
        i += cps[i + 1] === '\u20E3' ? 2 : 3; // keycap
      } else if (k === 'r') {
        i = kinds[i + 1] === 'r' ? i + 2 : i + 1;
      } else if (k === 'p') {
        i++;
        for (;;) {
          while (i < cps.length && EMOJI_TAIL.test(cps[i])) { i++; }
          if (cps[i] === '\u200D' && kinds[i + 1] === 'p') { i += 2; } else { break; }
        }
      } else if (k === 'k') {
        i++;
        while (i < cps.length && (kinds[i] === 'k' || kinds[i] === 'x' || kinds[i] === 'u')) { i++; }
      } else if (k === 'l' || k === 'd' || k === 'u') {
        var last = k, word = k !== 'u';
        i++;
        for (;;) {
          while (i < cps.length && (kinds[i] === 'l' || kinds[i] === 'd' || kinds[i] === 'u' || kinds[i] === 'x')) {
            if (kinds[i] !== 'x') { last = kinds[i]; word = word || last !== 'u'; }
            i++;
          }
          var j = cps[i], after = extend(i + 1), next = kinds[after];
          if (j !== undefined && (last === 'l' && next === 'l' && (MID_BOTH.indexOf(j) >= 0 || MID_LETTER.indexOf(j) >= 0) ||
              last === 'd' && next === 'd' && (MID_BOTH.indexOf(j) >= 0 || MID_NUM.indexOf(j) >= 0))) {
            i = after;
            continue;
          }
          break;
        }
        if (!word) { continue; }
      } else {
        i++;
        continue;
      }
      emit(start, i);
    }
    return out;
  }
  F.tokenize = tokenize;

  function chainOf(meta) {
    if (meta.chain === 'standard') { return Promise.resolve({term: function (s) { return lower(s); }}); }
    return script(chains + meta.chain + '.js', 'chain:' + meta.chain).then(function () {
      var c = F.chains[meta.chain];
      if (!c) { throw new Error('no analysis for ' + meta.chain); }
      return c;
    });
  }

  /* Terms of a text: {t: term, n: letters typed, o: offset, l: length} (stop words dropped). */
  function analyze(text, chain, stop) {
    var out = [];
    tokenize(chain.pre ? chain.pre(text) : text).forEach(function (tok) {
      var t = chain.term(tok.s, stop);
      if (t !== null && t !== undefined) { out.push({t: t, n: tok.n, o: tok.o, l: tok.s.length, s: tok.s}); } // '' too, as Lucene
    });
    return out;
  }

  /* ---- shard keys and fallbacks, as se.fristad.search.ShardKeys / Planner ---- */
  function fold(t) { return /^[\x00-\x7f]*$/.test(t) ? t : t.normalize('NFD').replace(/\p{Mn}+/gu, '').normalize('NFC'); }
  function cps(s) { return Array.from(s); }
  function keyA(f) { return f.slice(0, 2).join(''); }
  function keyC(f) { return f.length >= 3 ? f.slice(-2).join('') : null; }
  function edits(n) { return n >= 9 ? 2 : n >= 5 ? 1 : 0; }
  function same(a, b) { return a.length === b.length && a.every(function (x, i) { return x === b[i]; }); }
  function startsWith(p, s) { return p.length <= s.length && p.every(function (x, i) { return x === s[i]; }); }

  function distance(a, b, max) {
    var n = a.length, m = b.length, i, j;
    if (Math.abs(n - m) > max) { return max + 1; }
    var p2 = [], p = [], c = [];
    for (j = 0; j <= m; j++) { p[j] = j; }
    for (i = 1; i <= n; i++) {
      c = [i];
      var rowMin = i;
      for (j = 1; j <= m; j++) {
        var v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { v = Math.min(v, p2[j - 2] + 1); }
        c[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) { return max + 1; }
      p2 = p;
      p = c;
    }
    return Math.min(p[m], max + 1);
  }

  /* ---- one edition's index ---- */
  function Index(lang, meta, chain) {
    this.lang = lang;
    this.meta = meta;
    this.chain = chain;
    this.stop = map();
    var self = this;
    meta.stop.forEach(function (w) { self.stop[w] = 1; });
    this.syn = map();
    this.synMax = 0;
    meta.syn.forEach(function (r) {
      self.syn[r[0].join('\0')] = {keep: r[1], outs: r[2]};
      self.synMax = Math.max(self.synMax, r[0].length);
    });
    this.keys = meta.keys; // per kind, the first key of each file, sorted
    this.k1 = fr(meta.k1);
    this.b = fr(meta.b);
    this.fields = meta.fields.map(function (f) {
      var avgdl = fr(f[1] / f[0]);
      var cache = new Float32Array(256);
      for (var i = 0; i < 256; i++) {
        cache[i] = fr(1 / fr(self.k1 * fr(fr(1 - self.b) + fr(fr(self.b * lengthOf(i)) / avgdl))));
      }
      return {n: f[0], cache: cache};
    });
  }

  /* SmallFloat.byte4ToInt: the field length a norm byte stands for. */
  function lengthOf(b) {
    if (b < 24) { return b; }
    var i = b - 24, bits = i & 7, shift = (i >>> 3) - 1;
    return 24 + (shift < 0 ? bits : (bits | 8) * Math.pow(2, shift));
  }

  /* The file whose run of keys would hold the key: the last one starting at or before it. */
  Index.prototype.fileOf = function (kind, key) {
    var firsts = this.keys[kind] || [], lo = 0, hi = firsts.length - 1, n = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= key) { n = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return n;
  };

  Index.prototype.load = function (kind, n) { return get(this.lang + '/' + kind + '/' + n); };

  Index.prototype.shard = function (kind, key) {
    var n = key === null ? -1 : this.fileOf(kind, key);
    if (n < 0) { return Promise.resolve([]); }
    return this.load(kind, n).then(function (file) { return Object.prototype.hasOwnProperty.call(file, key) ? file[key] : []; });
  };

  /* The a entries whose folded term is in [from, to] (a files are sorted by folded term). */
  Index.prototype.range = function (from, to) {
    var lo = Math.max(0, this.fileOf('a', from)), hi = this.fileOf('a', to), loads = [];
    for (var n = lo; n <= hi; n++) { loads.push(this.load('a', n)); }
    return Promise.all(loads).then(function (files) {
      var out = [];
      files.forEach(function (file) {
        file.forEach(function (e) { var f = fold(e[0]); if (f >= from && f <= to) { out.push(e); } });
      });
      return out;
    });
  };

  function decodeNumbers(s) {
    var nums = [], v = 0, shift = 0;
    for (var i = 0; i < s.length; i++) {
      var c = VLQ.indexOf(s[i]);
      v |= (c & 31) << shift;
      if (c & 32) { shift += 5; } else { nums.push(v); v = 0; shift = 0; }
    }
    return nums;
  }

  function decode(s, bare) { // bare: a tail, without passages
    var nums = decodeNumbers(s), fields = [], k = 0;
    for (var f = 0; f < 4; f++) { // columns: gaps, frequencies, norms and, in the body, the word's first passage
      var n = nums[k++] || 0, list = [], doc = 0;
      var wide = f === 3 && !bare;
      for (var j = 0; j < n; j++) {
        doc += nums[k + j];
        list.push([doc, nums[k + n + j], nums[k + 2 * n + j], wide ? nums[k + 3 * n + j] : -1]);
      }
      k += n * (wide ? 4 : 3);
      fields.push(list);
    }
    return fields;
  }
  var VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var GROUP = 2; // passages per fragment file (StaticIndex.GROUP)

  function weightOf(entry) {
    if (typeof entry[1] === 'number') { return entry[1]; }
    return decode(entry[1]).reduce(function (s, l) { return s + l.length; }, 0);
  }

  function ids(s) { // a bare list of documents (gaps)
    var out = [], doc = 0;
    decodeNumbers(s).forEach(function (g) { doc += g; out.push(doc); });
    return out;
  }

  /* {fields: [[doc, freq, norm, passage]] per field, df, tail: null | {n, ids: null until loaded, list, max, file}}
     (StaticIndex.SPLIT). */
  Index.prototype.postings = function (entry) {
    function whole(fields) { return {fields: fields, df: fields.map(function (l) { return l.length; }), tail: null}; }
    if (typeof entry[1] === 'string') { return Promise.resolve(whole(decode(entry[1]))); }
    return get(this.lang + '/p/' + entry[2]).then(function (p) {
      if (typeof p === 'string') { return whole(decode(p)); }
      return {fields: decode(p.h), df: p.d, tail: {n: p.n, ids: null, list: p.t, max: p.m, file: p.x}};
    });
  };

  Index.prototype.loadTail = function (P) {
    return get(this.lang + '/p/' + P.tail.file).then(function (s) {
      decode(s, 1).forEach(function (list, f) {
        P.fields[f] = P.fields[f].concat(list).sort(function (x, y) { return x[0] - y[0]; });
      });
      P.tail = null;
    });
  };

  Index.prototype.entry = function (term) {
    var f = fold(term);
    return this.range(f, f).then(function (list) {
      return list.find(function (e) { return e[0] === term; }) || null;
    });
  };

  /* Planner.repairs: the terms of the typed word with one letter left out or two neighbours swapped (an extra,
     doubled or swapped letter, also where the stemmer would have cut the ending off). */
  Index.prototype.repairs = function (surface) {
    var cps = Array.from(surface), out = map(), self = this;
    if (cps.length > this.meta.maxRepair) { return out; }
    function add(text) {
      var ts = analyze(text, self.chain, self.stop);
      if (ts.length === 1 && ts[0].t !== '') { out[ts[0].t] = 1; }
    }
    for (var i = 0; i < cps.length; i++) {
      add(cps.slice(0, i).concat(cps.slice(i + 1)).join(''));
      if (i + 1 < cps.length && cps[i] !== cps[i + 1]) {
        var w = cps.slice();
        w[i] = cps[i + 1];
        w[i + 1] = cps[i];
        add(w.join(''));
      }
    }
    return out;
  };

  /* Planner.fallbacks: the same candidates, boosts and order as the Java planner. */
  Index.prototype.fallbacks = function (stem, typed, surface) {
    var self = this, alt = this.meta.alt.map(fr), repairs = [];
    var q = cps(fold(stem)), a = keyA(q), c = keyC(q), k = 0, max = 0, s = q.join('');
    return this.range(s, s).then(function (exact) {
      var own = exact.find(function (e) { return e[0] === stem; });
      var w = own ? weightOf(own) : 0, m = self.meta.maxFallbacks;
      k = w < self.meta.typoBelow ? edits(typed) : 0;
      if (k > 0) { // the repairs filed under the word's own a key, whose terms are loaded below anyway
        repairs = Object.keys(self.repairs(surface)).map(function (r) { return cps(fold(r)); })
          .filter(function (r) { return keyA(r) === a && !same(r, q); });
      }
      max = w >= m[2] ? m[1] : m[0];
      // typos: all of its a key and its c key; else its folded twins, shorter forms (from 3 letters), longer forms
      return max === 0 ? [] : k > 0 ? Promise.all([self.range(a, a + '\uffff'), self.shard('c', c)])
        : Promise.all([q.length > 3 ? self.range(q.slice(0, Math.max(3, q.length - 2)).join(''), s + '\uffff') : exact]);
    }).then(function (lists) {
      var seen = map(), found = [];
      lists.forEach(function (list) {
        (list || []).forEach(function (e) {
          var term = e[0];
          if (term === stem || seen[term]) { return; }
          seen[term] = 1;
          var f = cps(fold(term)), inA = keyA(f) === a, boost = 0;
          if (inA) {
            if (same(f, q)) { boost = alt[0]; } else if (startsWith(q, f) && q.length >= 4 || startsWith(f, q) && shorter(f.length, q.length)) { boost = alt[1]; }
          }
          if (boost === 0 && k > 0 && (inA || c !== null && c === keyC(f))) {
            var d = distance(f, q, k);
            if (d <= k) { boost = d <= 1 ? alt[2] : alt[3]; }
          }
          if (k > 0 && inA && boost < alt[2] && repairs.some(function (r) { return formOf(f, r); })) { boost = alt[2]; }
          if (boost > 0) { found.push({term: term, boost: boost, weight: weightOf(e), entry: e}); }
        });
      });
      found.sort(function (x, y) {
        return y.boost - x.boost || y.weight - x.weight || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
      });
      return found.slice(0, max);
    });
  };

  function formOf(f, r) { return same(f, r) || startsWith(r, f) && r.length >= 4 || startsWith(f, r) && shorter(f.length, r.length); }
  function shorter(s, l) { var d = l - s; return s >= 4 ? d <= 2 : s === 3 && d === 2; }

  /* Planner.plan: words with their alternatives {term: {exact, boost, entry}}. */
  Index.prototype.plan = function (query) {
    var self = this, terms = analyze(query.slice(0, this.meta.maxChars), this.chain, this.stop);
    var words = [], i = 0;
    while (i < terms.length && words.length < this.meta.maxWords) {
      var match = null, len = 0;
      for (var l = Math.min(this.synMax, terms.length - i); l >= 1 && !match; l--) {
        var key = terms.slice(i, i + l).map(function (x) { return x.t; }).join('\0');
        if (this.syn[key]) { match = this.syn[key]; len = l; }
      }
      var word = {alts: map(), originals: [], text: ''};
      if (match) {
        if (match.keep) { word.originals = terms.slice(i, i + len); }
        match.outs.forEach(function (out) { out.forEach(function (t) { word.alts[t] = {exact: true, boost: 1}; }); });
        i += len;
      } else {
        word.originals = [terms[i]];
        i++;
      }
      word.originals.forEach(function (o) { word.alts[o.t] = {exact: true, boost: 1}; });
      word.text = word.originals.map(function (o) { return o.t; }).join(' ') || Object.keys(word.alts)[0];
      words.push(word);
    }
    return Promise.all(words.map(function (w) {
      return Promise.all(w.originals.map(function (o) { return self.fallbacks(o.t, o.n, o.s); })).then(function (lists) {
        lists.forEach(function (list) {
          list.forEach(function (f) {
            var had = w.alts[f.term];
            if (!had || !had.exact && had.boost < f.boost) { w.alts[f.term] = {exact: false, boost: f.boost, entry: f.entry}; }
          });
        });
        return w;
      });
    }));
  };

  /* Searcher.search: by words matched, exact words, BM25, document; a frequent term's tail is loaded only when
     its score bounds cannot settle the top. */
  Index.prototype.run = function (words, limit) {
    var self = this, jobs = [];
    words.forEach(function (w) {
      Object.keys(w.alts).forEach(function (term) {
        var a = w.alts[term];
        jobs.push((a.entry ? Promise.resolve(a.entry) : self.entry(term)).then(function (e) {
          return e ? self.postings(e) : null;
        }).then(function (p) { a.postings = p; }));
      });
    });
    function lists() { // which documents a frequent term's rest are: needed unless the query is one term alone
      var tails = [], n = 0;
      words.forEach(function (w) {
        Object.keys(w.alts).forEach(function (t) {
          var P = w.alts[t].postings;
          if (P) { n++; }
          if (P && P.tail && !P.tail.ids) { tails.push(P.tail); }
        });
      });
      return Promise.all(n < 2 ? [] : tails.map(function (T) {
        return get(self.lang + '/p/' + T.list).then(function (s) { T.ids = ids(s); });
      }));
    }
    function settle() { // load tails one at a time, the one that could add most first, until the top is certain
      var ranked = self.rank(words, limit), best = null;
      if (ranked) { return ranked; }
      words.forEach(function (w) {
        Object.keys(w.alts).forEach(function (t) {
          var a = w.alts[t], P = a.postings;
          if (P && P.tail && (!best || P.tail.max * a.boost > best.tail.max * best.b)) { best = P; P.b = a.boost; }
        });
      });
      return self.loadTail(best).then(settle);
    }
    return Promise.all(jobs).then(lists).then(settle);
  };

  /* The top (limit) documents, or null when documents known only by number could still change it. */
  Index.prototype.rank = function (words, limit) {
    var self = this, boosts = this.meta.boosts.map(fr), docs = map(), passage = map(), rest = null;
    function score(weight, freq, cache) { return fr(weight - fr(weight / fr(1 + fr(freq * cache)))); }
    words.forEach(function (w) {
      var sums = map(), extra = map(), exact = map(), seen = map();
      Object.keys(w.alts).forEach(function (term) {
        var a = w.alts[term], P = a.postings, bound = 0;
        if (!P) { return; }
        P.fields.forEach(function (list, f) {
          if (!P.df[f]) { return; }
          var field = self.fields[f];
          var idf = fr(Math.log(1 + (field.n - P.df[f] + 0.5) / (P.df[f] + 0.5)));
          var weight = fr(fr(boosts[f] * fr(a.boost)) * idf);
          list.forEach(function (p) {
            sums[p[0]] = (sums[p[0]] || 0) + score(weight, p[1], field.cache[p[2]]);
            seen[p[0]] = 1;
            if (a.exact) { exact[p[0]] = 1; }
            if (f === 3 && p[3] >= 0) { // the passage to show: where the rarest word first occurs, exact words before fallbacks
              var rank = (a.exact ? 0 : 1e9) + P.df[f], had = passage[p[0]];
              if (!had || rank < had[1]) { passage[p[0]] = [p[3], rank]; }
            }
          });
        });
        if (P.tail) {
          bound = P.tail.max * a.boost * 1.00001;
          // one term alone: its rest, not yet known by number, stands in as one entry that could reach the bound
          if (!P.tail.ids) { rest = {doc: -1, words: 1, exact: a.exact ? 1 : 0, score: 0, hi: fr(bound), sure: false, n: P.tail.n}; }
          (P.tail.ids || []).forEach(function (d) {
            extra[d] = (extra[d] || 0) + bound;
            seen[d] = 1;
            if (a.exact) { exact[d] = 1; }
          });
        }
      });
      Object.keys(seen).forEach(function (d) {
        var x = docs[d] || (docs[d] = {doc: +d, words: 0, exact: 0, lo: 0, hi: 0, sure: true});
        var lo = fr(sums[d] || 0);
        x.words++;
        x.exact += exact[d] ? 1 : 0;
        x.lo += lo;
        x.hi += extra[d] === undefined ? lo : fr((sums[d] || 0) + extra[d]);
        x.sure = x.sure && extra[d] === undefined;
      });
    });
    var all = Object.keys(docs).map(function (d) {
      var x = docs[d];
      x.score = fr(x.lo);
      x.hi = fr(x.hi);
      x.passage = passage[d] ? passage[d][0] : -1;
      return x;
    });
    if (rest) { all.push(rest); }
    all.sort(function (x, y) { return y.words - x.words || y.exact - x.exact || y.score - x.score || x.doc - y.doc; });
    var out = [];
    for (var i = 0; i < all.length && out.length < limit;) {
      var j = i;
      while (j < all.length && all[j].words === all[i].words && all[j].exact === all[i].exact) { j++; }
      var tier = all.slice(i, j), need = limit - out.length;
      if (tier.length > need) { // only those that could reach the need-th place matter
        var last = tier[need - 1].score;
        tier = tier.filter(function (x) { return x.hi >= last; });
      }
      if (tier.some(function (x) { return !x.sure; })) { return null; }
      out = out.concat(tier.slice(0, need));
      i = j;
    }
    out.total = all.length + (rest ? rest.n - 1 : 0);
    return out;
  };

  /* ---- excerpts ---- */
  function escape(s) {
    return s.replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }

  Index.prototype.excerpt = function (text, words) {
    var want = map();
    words.forEach(function (w) { Object.keys(w.alts).forEach(function (t) { want[t] = 1; }); });
    var hits = analyze(text, this.chain, this.stop).filter(function (x) { return want[x.t]; });
    var spans = [], re = /\S+/g, m;
    while ((m = re.exec(text))) { spans.push([m.index, m.index + m[0].length]); }
    if (!spans.length) { return ''; }
    var size = 24, best = 0, bestCount = -1;
    for (var s = 0; s < spans.length; s += 4) {
      var from = spans[s][0], to = spans[Math.min(spans.length, s + size) - 1][1];
      var count = hits.filter(function (h) { return h.o >= from && h.o < to; }).length;
      if (count > bestCount) { best = s; bestCount = count; }
    }
    var start = Math.max(0, best), end = Math.min(spans.length, start + size);
    var a = spans[start][0], z = spans[end - 1][1], out = start > 0 ? '… ' : '', cur = a;
    hits.forEach(function (h) {
      if (h.o >= cur && h.o + h.l <= z) {
        out += escape(text.slice(cur, h.o)) + '<mark>' + escape(text.slice(h.o, h.o + h.l)) + '</mark>';
        cur = h.o + h.l;
      }
    });
    return out + escape(text.slice(cur, z)) + (end < spans.length ? ' …' : '');
  };

  var indexes = map();
  function open(lang) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/i.test(lang)) { return Promise.reject(new Error('no edition ' + lang)); }
    if (!indexes[lang]) {
      indexes[lang] = get(lang + '/meta').then(function (meta) {
        if (meta.v !== 2) { throw new Error('index of another version'); }
        dirs[lang] = meta.dir;
        return chainOf(meta).then(function (chain) { return new Index(lang, meta, chain); });
      });
      indexes[lang].catch(function () { delete indexes[lang]; });
    }
    return indexes[lang];
  }

  /* The public API: ranked results with excerpts. Unknown input never throws: it finds nothing. */
  F.search = function (query, options) {
    options = options || {};
    var lang = options.lang || (document.documentElement.lang || 'und').toLowerCase().split(/[-_]/)[0];
    var limit = Math.max(1, Math.min(200, options.limit || 10));
    var started = performance.now();
    return open(lang).then(function (index) {
      return index.plan(String(query == null ? '' : query)).then(function (words) {
        return index.run(words, limit).then(function (ranked) {
          return Promise.all(ranked.map(function (r) {
            return get(lang + '/f/' + r.doc + '-' + Math.floor(Math.max(0, r.passage) / GROUP));
          })).then(function (frags) {
            var arrived = performance.now();
            var results = ranked.map(function (r, i) {
              // [url, title, summary, first passage, passages…]: the passage with the word and the one after it
              var f = frags[i], k = r.passage - f[3] + 4;
              var text = r.passage < 0 ? f[2] || f[4] || '' : f.slice(k, k + 2).join('');
              var url = root + f[0] + (root.indexOf('file:') === 0 && /(^|\/)$/.test(f[0]) ? 'index.html' : '');
              var excerpt = index.excerpt(text, words);
              if (r.passage > 0 && excerpt && excerpt.indexOf('… ') !== 0) { excerpt = '… ' + excerpt; }
              return {url: url, path: f[0], title: f[1], excerpt: excerpt, score: r.score,
                words: r.words, exact: r.exact, doc: r.doc};
            });
            F.timing = {started: started, arrived: arrived, done: performance.now()};
            results.total = ranked.total || 0;
            return results;
          });
        });
      });
    });
  };
})();
