/* Fristad search, English: Lucene 9.12 EnglishAnalyzer after the tokenizer. Ported from Apache Lucene's
 * EnglishPossessiveFilter and PorterStemmer (Apache License 2.0; the algorithm: M. F. Porter, 1980).
 * Tested: AnalysisParityIT. */
(function (F) {
  function pairs(s) { return s.split(' ').map(function (e) { return e.split(':'); }); }
  var S3 = pairs('ational:ate tional:tion enci:ence anci:ance izer:ize bli:ble alli:al entli:ent eli:e ousli:ous ' +
      'ization:ize ation:ate ator:ate alism:al iveness:ive fulness:ful ousness:ous aliti:al iviti:ive biliti:ble logi:log'),
    S4 = pairs('icate:ic ative: alize:al iciti:ic ical:ic ful: ness:'),
    S5 = 'al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize'.split(' ');
  function stem(w) {
    var b = w.split(''), k = b.length - 1, j = 0, i;
    function cons(i) { var c = b[i]; return 'aeiou'.indexOf(c) < 0 && (c != 'y' || i == 0 || !cons(i - 1)); }
    function m() { // the number of consonant sequences between 0 and j
      var n = 0, i = 0;
      while (i <= j && cons(i)) i++;
      for (;;) {
        while (i <= j && !cons(i)) i++;
        if (i > j) return n;
        n++;
        while (i <= j && cons(i)) i++;
        if (i > j) return n;
      }
    }
    function vowelInStem() { for (var i = 0; i <= j; i++) if (!cons(i)) return 1; return 0; }
    function doublec(j) { return j >= 1 && b[j] == b[j - 1] && cons(j); }
    function cvc(i) { return i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && 'wxy'.indexOf(b[i]) < 0; }
    function ends(s) {
      var n = s.length;
      if (k - n + 1 < 0 || b.slice(k - n + 1, k + 1).join('') != s) return 0;
      j = k - n;
      return 1;
    }
    function setto(s) { for (var i = 0; i < s.length; i++) b[j + 1 + i] = s[i]; k = j + s.length; }
    function r(s) { if (m() > 0) setto(s); }
    if (k > 1) {
      // step1: plurals, -ed, -ing
      if (b[k] == 's') {
        if (ends('sses')) k -= 2; else if (ends('ies')) setto('i'); else if (b[k - 1] != 's') k--;
      }
      if (ends('eed')) { if (m() > 0) k--; } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
        k = j;
        if (ends('at')) setto('ate'); else if (ends('bl')) setto('ble'); else if (ends('iz')) setto('ize');
        else if (doublec(k)) { if ('lsz'.indexOf(b[k]) < 0) k--; } else if (m() == 1 && cvc(k)) setto('e');
      }
      // step2: y to i
      if (ends('y') && vowelInStem()) b[k] = 'i';
      // step3 and step4: double suffixes, -ic-, -full, -ness
      for (i = 0; i < S3.length; i++) if (ends(S3[i][0])) { r(S3[i][1]); break; }
      for (i = 0; i < S4.length; i++) if (ends(S4[i][0])) { r(S4[i][1]); break; }
      // step5: -ant, -ence and the like
      for (i = 0; i < S5.length; i++) {
        if (ends(S5[i]) && (S5[i] != 'ion' || j >= 0 && 'st'.indexOf(b[j]) >= 0)) { if (m() > 1) k = j; break; }
      }
      // step6: a final -e, -ll
      j = k;
      if (b[k] == 'e') { i = m(); if (i > 1 || i == 1 && !cvc(k - 1)) k--; }
      if (b[k] == 'l' && doublec(k) && m() > 1) k--;
    }
    return b.slice(0, k + 1).join('');
  }
  (F.chains = F.chains || {}).english = {
    term: function (t, stop) {
      if (/['\u2019\uff07][sS]$/.test(t)) t = t.slice(0, -2);
      t = F.lower(t);
      return Object.prototype.hasOwnProperty.call(stop, t) ? null : stem(t);
    }
  };
})(window.Fristad = window.Fristad || {});
