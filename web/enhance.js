// Progressive enhancement: suggestions while typing in a search box (a <datalist> filled from
// /api/v1/suggest). Without this script the search form works the same.
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-suggest]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (timer) { clearTimeout(timer); }
      if (q.length < 2 || q === last) { return; }
      timer = setTimeout(function () {
        last = q;
        fetch("/api/v1/suggest?limit=8&q=" + encodeURIComponent(q), { credentials: "omit" })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (body) {
            while (list.firstChild) { list.removeChild(list.firstChild); }
            (body.suggestions || []).forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 150);
    });
  });
  // On a phone, fold the search filters (sent open) so the hits come first; the summary opens them.
  if (window.matchMedia && window.matchMedia("(max-width: 47.99rem)").matches) {
    Array.prototype.forEach.call(document.querySelectorAll("details[data-fold-narrow]"), function (d) {
      d.open = false;
    });
  }
  // "Print this page" buttons (no inline handlers: the CSP forbids them).
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
})();
