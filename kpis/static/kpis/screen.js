// The office screen fetches its figures every few seconds and swaps them in, so the screen
// never flashes a reload; if a fetch fails it simply tries again.
(function () {
  "use strict";
  var container = document.getElementById("screen-figures");
  if (!container || !window.fetch) return;
  var seconds = parseInt(container.getAttribute("data-refresh-seconds"), 10) || 5;
  var url = new URL(window.location.href);
  url.searchParams.set("part", "figures");
  setInterval(function () {
    fetch(url.toString(), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) { container.innerHTML = html; })
      .catch(function () {});
  }, seconds * 1000);
})();
