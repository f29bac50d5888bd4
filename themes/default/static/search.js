// The search page: finds partners by any of their names, activities,
// reports and pages in the index the build wrote beside the page
// (search/data.js). Everything happens in the browser.
(function () {
  "use strict";
  var data = self.TWINPRESS_SEARCH;
  var form = document.getElementById("search-form");
  if (!data || !form) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");

  // Case, accents and a few letters with no decomposition do not count:
  // "ceske budejovice" finds České Budějovice, "lodz" finds Łódź.
  var LETTERS = { "ł": "l", "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "œ": "oe", "ı": "i", "ħ": "h" };
  function fold(text) {
    return text
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[łßæøđðþœıħ]/g, function (c) { return LETTERS[c]; });
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  var entries = data.entries.map(function (e, i) {
    return {
      entry: e,
      order: i,
      names: words(e.n.concat([e.t]).join(" ")),
      text: words(e.w + " " + e.d),
    };
  });

  // Chinese, Japanese, Thai, Lao, Khmer and Burmese are written without
  // spaces between words: a run of their letters is a phrase, and a word
  // of the query in these scripts is found anywhere in it, not only at
  // its start ("交流" in "青少年交流事業").
  var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
  function hits(list, token) {
    var inside = UNSPACED.test(token);
    for (var i = 0; i < list.length; i++) {
      var word = list[i];
      if (inside ? word.includes(token) : word.startsWith(token)) return word === token ? 2 : 1;
    }
    return 0;
  }

  function search(query) {
    var tokens = words(query);
    if (!tokens.length) return [];
    var found = [];
    entries.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < tokens.length; i++) {
        var name = hits(e.names, tokens[i]);
        var text = name ? 0 : hits(e.text, tokens[i]);
        if (!name && !text) return;
        score += name * 10 + text;
      }
      found.push({ e: e, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score || a.e.order - b.e.order; });
    return found.map(function (f) { return f.e.entry; });
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    var results = search(query);
    status.textContent = results.length ? data.count.replace("{count}", results.length) : data.none;
    results.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.t;
      var meta = document.createElement("p");
      meta.className = "search-meta";
      meta.textContent = data.kinds[e.k] + (e.d ? " · " + e.d : "");
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
  }

  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    show(input.value);
    // The address keeps the query, to share or come back to (not
    // possible for a page opened from a file).
    try {
      var url = new URL(location.href);
      url.searchParams.set("q", input.value);
      history.replaceState(null, "", url);
    } catch (e) {
      /* the results are shown all the same */
    }
  });
  var initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
