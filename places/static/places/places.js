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
  // Every marker is a 44×44 px tap target (WCAG 2.2 target size). Places too close to have
  // separate targets at the map's zoom share one marker with their number; tapping it zooms in
  // to them (or, at the closest zoom, lists them in a popup).
  if (!window.L) return;
  var TARGET = 44;
  // Leaflet's pin is 25×41 px: drawn at full height in the middle of its 44×44 target
  // (object-fit in places.css), with its tip on the place.
  var PIN = { iconSize: [TARGET, TARGET], iconAnchor: [TARGET / 2, TARGET], popupAnchor: [0, -40] };
  // Room for the zoom buttons (top left) and the attribution (bottom right), so that no marker
  // lies under them.
  var FIT = { paddingTopLeft: [70, 60], paddingBottomRight: [30, 30] };

  function placeLink(place) {
    var link = document.createElement("a");
    link.href = place.url;
    link.textContent = place.title;
    return link;
  }

  document.querySelectorAll("[data-places-map]").forEach(function (container) {
    var places = [];
    document.querySelectorAll("[data-place-marker]").forEach(function (item) {
      var position = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lng)];
      if (isNaN(position[0]) || isNaN(position[1])) return;
      places.push({ position: position, title: item.dataset.title, url: item.dataset.url });
    });
    if (!places.length) return;
    container.hidden = false;
    var frame = document.createElement("div");
    frame.className = "places-map__frame";
    frame.setAttribute("role", "region");
    frame.setAttribute("aria-label", container.dataset.label);
    container.appendChild(frame);
    var map = L.map(frame, { keyboard: true, scrollWheelZoom: false, zoomSnap: 0.25 });
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, { maxZoom: 19, attribution: container.dataset.attribution }).addTo(map);
    }
    var pin = new L.Icon.Default(Object.assign({ className: "places-map__pin" }, PIN));
    var markers = L.layerGroup().addTo(map);

    function single(place) {
      return L.marker(place.position, { icon: pin, alt: place.title, title: place.title, keyboard: true })
        .bindPopup(placeLink(place));
    }

    function shared(group) {
      var label = container.dataset.groupLabel + " (" + group.length + ")";
      var icon = L.divIcon(Object.assign({ className: "places-map__group", html: String(group.length) }, PIN));
      var marker = L.marker(group[0].position, { icon: icon, title: label, keyboard: true });
      var bounds = L.latLngBounds(group.map(function (place) { return place.position; }));
      marker.on("click", function () {
        if (map.getZoom() < map.getMaxZoom() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
          map.fitBounds(bounds, FIT);
          return;
        }
        var list = document.createElement("ul");
        group.forEach(function (place) {
          var item = document.createElement("li");
          item.appendChild(placeLink(place));
          list.appendChild(item);
        });
        marker.bindPopup(list).openPopup();
      });
      marker.on("add", function () { marker.getElement().setAttribute("aria-label", label); });
      return marker;
    }

    // Markers whose targets would overlap at this zoom share one (anchors less than a target
    // and a little apart both ways).
    function draw() {
      markers.clearLayers();
      var groups = [];
      places.forEach(function (place) {
        var point = map.latLngToContainerPoint(place.position);
        var near = groups.filter(function (group) {
          return Math.abs(group.point.x - point.x) < TARGET + 2 && Math.abs(group.point.y - point.y) < TARGET + 2;
        })[0];
        if (near) near.places.push(place);
        else groups.push({ point: point, places: [place] });
      });
      groups.forEach(function (group) {
        markers.addLayer(group.places.length === 1 ? single(group.places[0]) : shared(group.places));
      });
    }

    var all = places.map(function (place) { return place.position; });
    if (all.length === 1) map.setView(all[0], 15);
    else map.fitBounds(all, FIT);
    draw();
    map.on("zoomend", draw);
  });
})();
