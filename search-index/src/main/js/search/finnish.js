/* Fristad search, Finnish: Lucene 9.12 FinnishAnalyzer after the tokenizer. The stemmer is ported from Lucene's
 * org.tartarus.snowball.ext.FinnishStemmer and SnowballProgram (Snowball 2.0.0): (c) 2001 Dr Martin Porter, 2004-2005
 * Richard Boulton, 2013 Yoshiki Shibukawa, 2006-2019 Olly Betts; BSD-3-Clause, see LICENSE-snowball.txt.
 * Tested: AnalysisParityIT. */
(function (F) {
  // Snowball's state: the word s (its length is the limit), cursor c, backward limit b, slice [bra, ket).
  var s, c, b, bra, ket, p1, p2, removed,
    V1 = 'aeiouyäö', V2 = 'aeiouäö', C = 'bcdfghjklmnpqrstvwxz';
  function l() { return s.length; }
  function ing(g) { if (c > b && g.indexOf(s[c - 1]) >= 0) { c--; return 1; } return 0; }
  function eq(x) { var n = x.length; if (c - b >= n && s.slice(c - n, c) == x) { c -= n; return 1; } return 0; }
  // find_among_b: the longest entry [suffix, result, condition] that ends at c, starts at or after b and whose
  // condition (run with the cursor before the suffix) holds; the cursor is left before it.
  function among(a) {
    for (var i = 0, c0 = c, e; i < a.length; i++) {
      e = a[i];
      c = c0;
      if (eq(e[0]) && (!e[2] || e[2]())) { c = c0 - e[0].length; return e[1]; }
    }
    c = c0;
    return 0;
  }
  // slice_from: replace [bra, ket) by x, moving the cursor as Snowball's replace_s does.
  function slice(x) {
    var d = x.length - (ket - bra);
    s = s.slice(0, bra) + x + s.slice(ket);
    if (c >= ket) c += d; else if (c > bra) c = bra;
  }
  function table(spec) { // 'suffix:result …', result 0 means Snowball's -1
    return spec.split(' ').map(function (e) {
      e = e.split(':');
      return [e[0], +e[1] || -1, e[2] == 'L' ? LONG : e[2] == 'V' ? VI : 0];
    }).sort(function (x, y) { return y[0].length - x[0].length; });
  }
  function LONG() { return among(A5); }
  function VI() { return eq('i') && ing(V2); }
  var A0 = table('pa:1 sti:2 kaan:1 han:1 kin:1 hän:1 kään:1 ko:1 pä:1 kö:1'),
    A1 = table('lla na ssa ta lta sta'), A2 = table('llä nä ssä tä ltä stä'), A3 = table('lle ine'),
    A4 = table('nsa:3 mme:3 nne:3 ni:2 si:1 an:4 en:6 än:5 nsä:3'),
    A5 = table('aa ee ii oo uu ää öö'),
    A6 = table('a:8 lla na ssa ta lta sta tta:2 lle ine ksi n:7 han:1 den::V seen::L hen:2 tten::V hin:3 siin::V ' +
      'hon:4 hän:5 hön:6 ä:8 llä nä ssä tä ltä stä ttä:2'),
    A7 = table('eja mma:1 imma mpa:1 impa mmi:1 immi mpi:1 impi ejä mmä:1 immä mpä:1 impä'),
    A8 = table('i j'), A9 = table('mma:1 imma');
  // The start of a backward routine in the region from p: finds an ending of table a and sets the slice on it.
  function start(p, a) {
    if (c < p) return 0;
    var v = b, r;
    b = p;
    ket = c;
    r = a ? among(a) : eq('t');
    if (r) bra = c;
    b = v;
    return r;
  }
  // Region starts: after the first non-vowel that follows a vowel, from i; -1 when there is none.
  function region(i) {
    while (i < l() && V1.indexOf(s[i]) < 0) i++;
    while (i < l() && V1.indexOf(s[i]) >= 0) i++;
    return i < l() ? i + 1 : -1;
  }
  function particle() {
    var a = start(p1, A0);
    if (a && (a == 1 ? ing('aeinotuyäö') : a != 2 || p2 <= c)) slice('');
  }
  function possessive() {
    var a = start(p1, A4), v;
    if (!a) return;
    if (a == 1) { v = c; if (eq('k')) return; c = v; }
    if (a == 4 && !among(A1) || a == 5 && !among(A2) || a == 6 && !among(A3)) return;
    slice('');
    if (a == 2) { ket = c; if (eq('kse')) { bra = c; slice('ksi'); } }
  }
  function caseEnding() {
    var a = start(p1, A6), v;
    if (!a) return;
    if (a > 0 && a < 7 && !eq('aeioäö'[a - 1])) return;
    if (a == 7) { v = c; if ((LONG() || (c = v, eq('ie'))) && v > b) bra = v - 1; }
    if (a == 8 && !(ing(V1) && ing(C))) return;
    slice('');
    removed = 1;
  }
  function otherEndings() {
    var a = start(p2, A7), v = c;
    if (a && !(a == 1 && eq('po'))) { c = v; slice(''); }
  }
  function tPlural() {
    var a, v, w = b;
    if (!start(p1, 0)) return;
    b = p1; // the vowel before the t must lie in the region too
    v = c;
    a = ing(V1);
    b = w;
    if (!a) return;
    c = v;
    slice('');
    a = start(p2, A9);
    v = c;
    if (a && !(a == 1 && eq('po'))) { c = v; slice(''); }
  }
  function tidy() {
    var v, w = b, x;
    if (c < p1) return;
    b = p1;
    if (LONG()) { c = l(); ket = c; if (c > b) { bra = c - 1; slice(''); } }
    c = ket = l();
    if (ing('aeiä')) { bra = c; if (ing(C)) slice(''); }
    c = ket = l();
    if (eq('j')) { bra = c; v = c; if (eq('o') || (c = v, eq('u'))) slice(''); }
    c = ket = l();
    if (eq('o')) { bra = c; if (eq('j')) slice(''); }
    c = l();
    b = w;
    while (!(c > b && V1.indexOf(s[c - 1]) < 0)) { if (c <= b) return; c--; }
    ket = c;
    if (!ing(C)) return;
    bra = c;
    x = s.slice(bra, ket);
    if (eq(x)) slice('');
  }
  function stem(w) {
    var r, steps = [particle, possessive, caseEnding, otherEndings];
    s = w;
    p1 = p2 = l();
    r = region(0);
    if (r >= 0) { p1 = r; r = region(r); if (r >= 0) p2 = r; }
    removed = 0;
    b = 0;
    for (r = 0; r < 4; r++) { c = l(); steps[r](); }
    c = l();
    if (removed) { if (start(p1, A8)) slice(''); } else tPlural();
    c = l();
    tidy();
    return s;
  }
  (F.chains = F.chains || {}).finnish = {
    term: function (t, stop) {
      t = F.lower(t);
      return Object.prototype.hasOwnProperty.call(stop, t) ? null : stem(t);
    }
  };
})(window.Fristad = window.Fristad || {});
