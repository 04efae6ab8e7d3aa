/* Fristad search, Sorani Kurdish: Lucene 9.12 SoraniAnalyzer after the tokenizer. Ported from Apache Lucene's
 * SoraniNormalizer, DecimalDigitFilter and SoraniStemmer (Apache License 2.0). Tested: AnalysisParityIT. */
(function (F) {
  // SoraniNormalizer deletes every character Java (17: Unicode 13) calls a format character (Cf), one UTF-16 unit
  // at a time (so none above U+FFFF), and tatweel and the harakat. Written out, as a browser's \p{Cf} is a later
  // Unicode's (U+0890 and U+0891 joined in Unicode 14).
  var GONE = /[\u0640\u064b-\u0652\u00ad\u0600-\u0605\u061c\u06dd\u070f\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/;
  var HEH = '\u0647', AE = '\u06d5';
  // SoraniNormalizer, unit by unit in Lucene's order (a rule sees the word as the rules before it left it): yeh and
  // alef maksura to farsi yeh, kaf to keheh, heh before a zero width non-joiner (which goes) or last to ae, teh
  // marbuta to ae, heh doachashmee to heh, reh first or reh with small v above to rreh.
  function normalize(t) {
    var s = t.split(''), i;
    for (i = 0; i < s.length; i++) {
      switch (s[i]) {
        case '\u064a': case '\u0649': s[i] = '\u06cc'; break;
        case '\u0643': s[i] = '\u06a9'; break;
        case '\u200c':
          if (i > 0 && s[i - 1] === HEH) { s[i - 1] = AE; }
          s.splice(i--, 1);
          break;
        case HEH: if (i === s.length - 1) { s[i] = AE; } break;
        case '\u0629': s[i] = AE; break;
        case '\u06be': s[i] = HEH; break;
        case '\u0631': if (i === 0) { s[i] = '\u0695'; } break;
        case '\u0692': s[i] = '\u0695'; break;
        default: if (GONE.test(s[i])) { s.splice(i--, 1); }
      }
    }
    return s.join('');
  }
  // DecimalDigitFilter: any decimal digit (Nd) outside ASCII becomes 0-9. Decimal digits come in runs of 0..9, so a
  // digit's value is its distance from the start of its run, modulo 10.
  var ND = /\p{Nd}/u;
  function digits(t) {
    return t.replace(/\p{Nd}/gu, function (d) {
      var cp = d.codePointAt(0), n = 0;
      if (cp < 128) return d;
      while (ND.test(String.fromCodePoint(cp - n - 1))) n++;
      return '' + n % 10;
    });
  }
  function ends(t, n, x) { return n >= x.length && t.slice(n - x.length, n) === x; }
  // SoraniStemmer: a postposition (-da, the alef of -na, -ewe), then a possessive (-man, -yan, -tan), then the first
  // of these that fits, each only on a word longer than its number (in UTF-16 units, as Java counts).
  var LAST = [
    [6, '\u06ce\u06a9\u06cc', 3], [7, '\u06cc\u06d5\u06a9\u06cc', 4], // indefinite singular ezafe: ێکی یەکی
    [5, '\u06ce\u06a9', 2], [6, '\u06cc\u06d5\u06a9', 3], // indefinite singular: ێک یەک
    [6, '\u06d5\u06a9\u06d5', 3], [5, '\u06a9\u06d5', 2], // definite singular: ەکە کە
    [7, '\u06d5\u06a9\u0627\u0646', 4], [6, '\u06a9\u0627\u0646', 3], // definite plural: ەکان کان
    [7, '\u06cc\u0627\u0646\u06cc', 4], [6, '\u0627\u0646\u06cc', 3], // indefinite plural ezafe: یانی انی
    [6, '\u06cc\u0627\u0646', 3], [5, '\u0627\u0646', 2], // indefinite plural: یان ان
    [7, '\u06cc\u0627\u0646\u06d5', 4], [6, '\u0627\u0646\u06d5', 3], // demonstrative plural: یانە انە
    [5, '\u0627\u06cc\u06d5', 2], [5, '\u06d5\u06cc\u06d5', 2], // demonstrative singular: ایە ەیە lose یە
    [4, AE, 1], // demonstrative singular: ە
    [4, '\u06cc', 1] // absolute singular ezafe: ی
  ];
  function stem(t) {
    var n = t.length, i;
    if (n > 5 && ends(t, n, '\u062f\u0627')) { n -= 2; } // دا
    else if (n > 4 && ends(t, n, '\u0646\u0627')) { n -= 1; } // نا: only the alef
    else if (n > 6 && ends(t, n, '\u06d5\u0648\u06d5')) { n -= 3; } // ەوە
    if (n > 6 && (ends(t, n, '\u0645\u0627\u0646') || ends(t, n, '\u06cc\u0627\u0646') || ends(t, n, '\u062a\u0627\u0646'))) {
      n -= 3; // مان یان تان
    }
    for (i = 0; i < LAST.length; i++) {
      if (n > LAST[i][0] && ends(t, n, LAST[i][1])) { n -= LAST[i][2]; break; }
    }
    return t.slice(0, n);
  }
  (F.chains = F.chains || {}).sorani = {
    term: function (t, stop) {
      t = digits(F.lower(normalize(t)));
      return Object.prototype.hasOwnProperty.call(stop, t) ? null : stem(t);
    }
  };
})(window.Fristad = window.Fristad || {});
