// Places: keep "open now" current on a cached page, and show the list's places on a map.
// Both are enhancements: without JavaScript the page says at what time its status was computed,
// and the list is the way to find a place.
(function () {
  "use strict";

  // --- "open now": the server gives the states of the coming hours; show the one that holds now.
  var clock = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
  });

  function refresh(element) {
    var states;
    try { states = JSON.parse(element.dataset.states || "[]"); } catch (error) { return; }
    var now = Date.now();
    var current = null;
    states.forEach(function (state) {
      if (Date.parse(state.from) <= now && (!state.until || now < Date.parse(state.until))) current = state;
    });
    if (!current) return; // beyond what the page knows: keep what the server said, with its time
    element.querySelector(".place-status__text").textContent = current.text;
    element.querySelector(".place-status__time").textContent = element.dataset.at.replace("{time}", clock.format(now));
    element.classList.toggle("place-status--open", current.open);
    element.classList.toggle("place-status--closed", !current.open);
  }

  var statuses = document.querySelectorAll("[data-place-status]");
  function refreshAll() { statuses.forEach(refresh); }
  if (statuses.length) {
    refreshAll();
    window.setInterval(refreshAll, 30000);
  }

  // --- the map: markers for the places in the list, each linking to its page.
  if (!window.L) return;
  document.querySelectorAll("[data-places-map]").forEach(function (container) {
    var items = document.querySelectorAll("[data-place-marker]");
    if (!items.length) return;
    container.hidden = false;
    var frame = document.createElement("div");
    frame.className = "places-map__frame";
    frame.setAttribute("role", "region");
    frame.setAttribute("aria-label", container.dataset.label);
    container.appendChild(frame);
    var map = L.map(frame, { keyboard: true, scrollWheelZoom: false });
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, { maxZoom: 19, attribution: container.dataset.attribution }).addTo(map);
    }
    var bounds = [];
    items.forEach(function (item) {
      var position = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lng)];
      if (isNaN(position[0]) || isNaN(position[1])) return;
      var link = document.createElement("a");
      link.href = item.dataset.url;
      link.textContent = item.dataset.title;
      L.marker(position, { alt: item.dataset.title, title: item.dataset.title, keyboard: true })
        .bindPopup(link)
        .addTo(map);
      bounds.push(position);
    });
    if (bounds.length === 1) map.setView(bounds[0], 15);
    else map.fitBounds(bounds, { padding: [24, 24] });
  });
})();
