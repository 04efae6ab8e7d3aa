/* Fristad search, Arabic: Lucene 9.12 ArabicAnalyzer after the tokenizer. Ported from Apache Lucene's
 * DecimalDigitFilter, ArabicNormalizer and ArabicStemmer (Apache License 2.0). Tested: AnalysisParityIT. */
(function (F) {
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
  // ArabicNormalizer: alef with hamza or madda to alef, alef maksura to yeh, teh marbuta to heh, no tatweel or harakat.
  function normalize(t) {
    return t.replace(/[\u0622\u0623\u0625]/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647')
      .replace(/[\u0640\u064b-\u0652]/g, '');
  }
  // ArabicStemmer: the first prefix that leaves 2 letters (wa- only on words of 4), then every suffix in turn.
  var PRE = ['\u0627\u0644', '\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644',
      '\u0644\u0644', '\u0648'],
    SUF = ['\u0647\u0627', '\u0627\u0646', '\u0627\u062a', '\u0648\u0646', '\u064a\u0646', '\u064a\u0647',
      '\u064a\u0629', '\u0647', '\u0629', '\u064a'];
  function stem(t) {
    var i, x;
    for (i = 0; i < PRE.length; i++) {
      x = PRE[i];
      if ((x.length > 1 || t.length > 3) && t.length >= x.length + 2 && t.startsWith(x)) { t = t.slice(x.length); break; }
    }
    for (i = 0; i < SUF.length; i++) {
      x = SUF[i];
      if (t.length >= x.length + 2 && t.endsWith(x)) t = t.slice(0, -x.length);
    }
    return t;
  }
  (F.chains = F.chains || {}).arabic = {
    term: function (t, stop) {
      t = digits(F.lower(t));
      return Object.prototype.hasOwnProperty.call(stop, t) ? null : stem(normalize(t));
    }
  };
})(window.Fristad = window.Fristad || {});
