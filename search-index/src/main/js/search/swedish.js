/* Fristad search, Swedish: Lucene 9.12 SwedishAnalyzer after the tokenizer. The stemmer is ported from Lucene's
 * org.tartarus.snowball.ext.SwedishStemmer (Snowball 2.0.0): (c) 2001 Dr Martin Porter, 2004-2005 Richard Boulton,
 * 2013 Yoshiki Shibukawa, 2006-2019 Olly Betts; BSD-3-Clause, see LICENSE-snowball.txt. Tested: AnalysisParityIT. */
(function (F) {
  var V = 'aeiouyäåö';
  // Longest suffix of w among a (sorted longest first) that starts at or after p, or ''.
  function suf(w, p, a) {
    for (var i = 0; i < a.length; i++) if (w.length - a[i].length >= p && w.endsWith(a[i])) return a[i];
    return '';
  }
  function list(s) { return s.split(' ').sort(function (a, b) { return b.length - a.length; }); }
  var MAIN = list('a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er heter or s as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast'),
    PAIR = list('dd gd nn dt gt kt tt'), OTHER = list('ig lig els fullt löst');
  function stem(w) {
    var l = w.length, p = l, i = 0, x;
    // mark_regions: p1 is after the first non-vowel that follows a vowel, and at least 3
    if (l >= 3) {
      while (i < l && V.indexOf(w[i]) < 0) i++;
      while (i < l && V.indexOf(w[i]) >= 0) i++;
      if (i < l) p = Math.max(i + 1, 3);
    }
    x = suf(w, p, MAIN);
    if (x && (x != 's' || 'bcdfghjklmnoprtvy'.indexOf(w[l - 2]) >= 0)) w = w.slice(0, l - x.length);
    if (suf(w, p, PAIR)) w = w.slice(0, -1);
    x = suf(w, p, OTHER);
    if (x) w = w.slice(0, w.length - x.length) + (x == 'fullt' ? 'full' : x == 'löst' ? 'lös' : '');
    return w;
  }
  (F.chains = F.chains || {}).swedish = {
    term: function (t, stop) {
      t = F.lower(t);
      return Object.prototype.hasOwnProperty.call(stop, t) ? null : stem(t);
    }
  };
})(window.Fristad = window.Fristad || {});
