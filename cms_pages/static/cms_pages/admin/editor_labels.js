// wagtail-localize's translation editor renders some screen-reader labels ("More actions") in
// English, whatever the editor's language: they are not in its catalogue. The server gives the
// labels in the editor's language (data-labels: {English: translated}); this script puts them in
// place, also after the editor re-renders.
(function () {
  "use strict";
  var script = document.currentScript;
  var labels = JSON.parse((script && script.getAttribute("data-labels")) || "{}");

  function translate() {
    document.querySelectorAll(".w-sr-only").forEach(function (element) {
      var english = element.textContent;
      if (Object.prototype.hasOwnProperty.call(labels, english) && labels[english] !== english) {
        element.textContent = labels[english];
      }
    });
  }

  function start() {
    translate();
    new MutationObserver(translate).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
