/* Fristad search, Persian: Lucene 9.12 PersianAnalyzer. Ported from Apache Lucene's PersianCharFilter,
 * DecimalDigitFilter, ArabicNormalizer and PersianNormalizer (Apache License 2.0). Tested: AnalysisParityIT. */
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
  (F.chains = F.chains || {}).persian = {
    // PersianCharFilter: a zero width non-joiner separates words.
    pre: function (text) { return text.replace(/\u200c/g, ' '); },
    term: function (t, stop) {
      t = digits(F.lower(t))
        // ArabicNormalizer: alef with hamza or madda to alef, alef maksura to yeh, teh marbuta to heh, no tatweel
        // or harakat
        .replace(/[\u0622\u0623\u0625]/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647')
        .replace(/[\u0640\u064b-\u0652]/g, '')
        // PersianNormalizer: farsi yeh and yeh barree to yeh, keheh to kaf, heh with hamza and heh goal to heh
        .replace(/[\u06cc\u06d2]/g, '\u064a').replace(/\u06a9/g, '\u0643').replace(/[\u06c0\u06c1]/g, '\u0647')
        .replace(/\u0654/g, '');
      return Object.prototype.hasOwnProperty.call(stop, t) ? null : t;
    }
  };
})(window.Fristad = window.Fristad || {});
