// A map on top of the place fields: click to set the coordinates, or use the device's position.
// The fields stay visible and usable; without JavaScript (or without Leaflet) they are the way.
(function () {
  "use strict";
  if (!window.L) return;

  function enhance(container) {
    var latitude = document.getElementById(container.dataset.latitudeField);
    var longitude = document.getElementById(container.dataset.longitudeField);
    if (!latitude || !longitude) return;
    container.hidden = false;
    var frame = document.createElement("div");
    frame.className = "problem-map__frame";
    frame.setAttribute("role", "application");
    frame.setAttribute("aria-label", container.dataset.label);
    container.appendChild(frame);
    // Typed coordinates may have a decimal comma ("59,33"), which parseFloat would cut off.
    function degrees(field) { return parseFloat(field.value.replace(",", ".").replace(/\s/g, "")); }
    var start = latitude.value && longitude.value ? [degrees(latitude), degrees(longitude)] : [59.33, 18.07];
    var map = L.map(frame, { keyboard: true, scrollWheelZoom: false }).setView(start, latitude.value ? 17 : 13);
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, { maxZoom: 19, attribution: container.dataset.attribution }).addTo(map);
    }
    var marker = latitude.value ? L.marker(start).addTo(map) : null;

    function place(lat, lng) {
      latitude.value = lat.toFixed(6);
      longitude.value = lng.toFixed(6);
      if (marker) marker.setLatLng([lat, lng]);
      else marker = L.marker([lat, lng]).addTo(map);
    }
    map.on("click", function (event) { place(event.latlng.lat, event.latlng.lng); });

    var status = document.createElement("p");
    status.setAttribute("role", "status");
    status.className = "problem-map__status";
    if (navigator.geolocation) {
      var locate = document.createElement("button");
      locate.type = "button";
      locate.textContent = container.dataset.locateLabel;
      locate.addEventListener("click", function () {
        status.textContent = container.dataset.locatingLabel;
        navigator.geolocation.getCurrentPosition(
          function (position) {
            place(position.coords.latitude, position.coords.longitude);
            map.setView([position.coords.latitude, position.coords.longitude], 17);
            status.textContent = "";
          },
          function () { status.textContent = container.dataset.locateFailed; },
          { enableHighAccuracy: true, timeout: 10000 }
        );
      });
      container.appendChild(locate);
    }
    container.appendChild(status);
  }

  document.querySelectorAll("[data-problem-map]").forEach(enhance);
})();
