// The small map of the home screen: the office fences and the phone's position with its accuracy. Leaflet is loaded
// only when the map is shown (it is the largest file of the app). Tiles come from the installation's settings; the
// map still draws fences and position on a plain background when there are none or they cannot be loaded.
let leaflet = null;

function load() {
  if (!leaflet) {
    leaflet = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = 'webjars/leaflet/1.9.4/dist/leaflet.css';
      document.head.append(css);
      const script = document.createElement('script');
      script.src = 'webjars/leaflet/1.9.4/dist/leaflet.js';
      script.onload = () => resolve(window.L);
      script.onerror = () => {
        leaflet = null;
        reject(new Error('Leaflet could not be loaded'));
      };
      document.head.append(script);
    });
  }
  return leaflet;
}

/** Draws the fences in element; answers {show(position)} to move the position marker. */
export async function fenceMap(element, locations, settings) {
  const L = await load();
  const map = L.map(element, { zoomControl: false, attributionControl: Boolean(settings.tileUrl) });
  if (settings.tileUrl) {
    L.tileLayer(settings.tileUrl, { maxZoom: 19, attribution: settings.attribution }).addTo(map);
  }
  // the view is set from the fences' own extent first: a circle can only measure itself on a map with a view
  let extent = null;
  for (const location of locations) {
    const box = location.polygon ? L.latLngBounds(location.polygon)
      : L.latLng(location.latitude, location.longitude).toBounds(location.radiusM * 2);
    extent = extent ? extent.extend(box) : box;
  }
  if (extent) {
    map.fitBounds(extent, { padding: [16, 16], maxZoom: 18 });
  } else {
    map.setView([-2.0834, 102.2867], 13);
  }
  for (const location of locations) {
    const shape = location.polygon
      ? L.polygon(location.polygon, { color: '#0f766e', weight: 2 })
      : L.circle([location.latitude, location.longitude], { radius: location.radiusM, color: '#0f766e', weight: 2 });
    shape.bindTooltip(document.createTextNode(location.name)).addTo(map);
  }
  let marker = null;
  let accuracy = null;
  let fitted = false;
  return {
    show(position) {
      const at = [position.latitude, position.longitude];
      if (!marker) {
        accuracy = L.circle(at, { radius: position.accuracyM, color: '#1d4ed8', weight: 1, fillOpacity: 0.1 }).addTo(map);
        marker = L.circleMarker(at, { radius: 7, color: '#ffffff', weight: 2, fillColor: '#1d4ed8', fillOpacity: 1 }).addTo(map);
      }
      marker.setLatLng(at);
      accuracy.setLatLng(at).setRadius(position.accuracyM);
      if (!fitted) {
        fitted = true;
        const both = extent ? L.latLngBounds(extent.getSouthWest(), extent.getNorthEast()).extend(at) : L.latLngBounds([at, at]);
        map.fitBounds(both, { padding: [24, 24], maxZoom: 18 });
      }
    },
    remove() {
      map.remove();
    }
  };
}
