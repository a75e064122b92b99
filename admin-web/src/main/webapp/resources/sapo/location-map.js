/*
 * The office-location map (Leaflet). Draws the OPD's locations (and, on the review screen, where attempts were made:
 * refused ones red, accepted ones green) and, while a location is being edited, lets the officer
 * place a circle's centre with a click, size it by dragging the handle on its edge, or draw a polygon click by click.
 * Every change is written to the form's inputs (which the officer may also type into); the server checks them.
 * Without background tiles (no internet) the fences are still drawn on a plain background, and the map says so in
 * words (the element's data-sapo-map-offline text) rather than leaving a grey box.
 */
var SapoMap = (function () {
    'use strict';

    var map = null;
    var editLayer = null;
    var cfg = null;

    /** Names are typed by people: Leaflet gets them as text nodes, which it never reads as HTML. */
    function text(value) {
        return document.createTextNode(value == null ? '' : String(value));
    }

    /** The attribution is configuration, still shown as plain text (Leaflet would read a string as HTML). */
    function escaped(value) {
        var holder = document.createElement('span');
        holder.textContent = value == null ? '' : String(value);
        return holder.innerHTML;
    }

    function input(name) {
        return document.getElementById(cfg.form + ':' + name);
    }

    function number(name) {
        var field = input(name);
        var value = field ? parseFloat(String(field.value).replace(',', '.')) : NaN;
        return isNaN(value) ? null : value;
    }

    function write(name, value) {
        var field = input(name);
        if (field) {
            field.value = value;
        }
    }

    function shape() {
        var field = input('shape');
        return field ? field.value : null;
    }

    function vertices() {
        var text = input('vertices') ? input('vertices').value : '';
        return text.split(';').filter(function (v) { return v.trim() !== ''; }).map(function (v) {
            var p = v.split(',');
            return [parseFloat(p[0]), parseFloat(p[1])];
        }).filter(function (p) { return !isNaN(p[0]) && !isNaN(p[1]); });
    }

    function round(value) {
        return Math.round(value * 1e6) / 1e6;
    }

    function drawExisting(locations) {
        var bounds = [];
        locations.forEach(function (l) {
            var style = {color: l.active ? '#2563eb' : '#9ca3af', weight: 2, fillOpacity: 0.15};
            var layer = l.polygon ? L.polygon(l.polygon, style) : L.circle([l.lat, l.lng], L.extend({radius: l.r}, style));
            layer.bindTooltip(text(l.name)).addTo(map);
            bounds.push(layer.getBounds());
        });
        return bounds;
    }

    function redrawEdit() {
        if (editLayer) {
            editLayer.clearLayers();
        } else {
            editLayer = L.layerGroup().addTo(map);
        }
        var style = {color: '#dc2626', weight: 3, fillOpacity: 0.2};
        if (shape() === 'CIRCLE') {
            var lat = number('latitude');
            var lng = number('longitude');
            var radius = number('radiusM') || 100;
            if (lat === null || lng === null) {
                return;
            }
            var centre = L.latLng(lat, lng);
            var circle = L.circle(centre, L.extend({radius: radius}, style)).addTo(editLayer);
            var centreMarker = L.marker(centre, {draggable: true, title: 'centre'}).addTo(editLayer);
            var handle = L.circleMarker(edgeOf(centre, radius), {radius: 8, color: '#dc2626', fillOpacity: 1})
                .addTo(editLayer);
            centreMarker.on('dragend', function (e) {
                write('latitude', round(e.target.getLatLng().lat));
                write('longitude', round(e.target.getLatLng().lng));
                redrawEdit();
            });
            dragHandle(handle, centre, circle);
        } else if (shape() === 'POLYGON') {
            var points = vertices();
            if (points.length >= 3) {
                L.polygon(points, style).addTo(editLayer);
            } else if (points.length > 0) {
                L.polyline(points, style).addTo(editLayer);
            }
            points.forEach(function (p) {
                L.circleMarker(p, {radius: 5, color: '#dc2626', fillOpacity: 1}).addTo(editLayer);
            });
        }
    }

    /** The point due east of centre at radius metres, where the radius handle sits. */
    function edgeOf(centre, radius) {
        var metresPerDegree = 111320 * Math.cos(centre.lat * Math.PI / 180);
        return L.latLng(centre.lat, centre.lng + radius / metresPerDegree);
    }

    /** Dragging the edge handle sizes the circle: the radius is the distance from the centre. */
    function dragHandle(handle, centre, circle) {
        handle.on('mousedown', function () {
            map.dragging.disable();
            function move(e) {
                handle.setLatLng(e.latlng);
                circle.setRadius(map.distance(centre, e.latlng));
            }
            function up(e) {
                map.off('mousemove', move);
                map.off('mouseup', up);
                map.dragging.enable();
                write('radiusM', Math.max(1, Math.round(map.distance(centre, e.latlng))));
                redrawEdit();
            }
            map.on('mousemove', move);
            map.on('mouseup', up);
        });
    }

    function placeByClick(e) {
        if (shape() === 'CIRCLE') {
            write('latitude', round(e.latlng.lat));
            write('longitude', round(e.latlng.lng));
            if (number('radiusM') === null) {
                write('radiusM', 100);
            }
        } else if (shape() === 'POLYGON') {
            var text = input('vertices').value.trim();
            input('vertices').value = (text ? text + ';' : '') + round(e.latlng.lat) + ',' + round(e.latlng.lng);
        }
        redrawEdit();
        showCircle(false);
    }

    /**
     * Brings the circle being edited into view (pan: also when it is already large enough), zoomed in when it is so
     * small on screen that its edge handle would sit under the centre's pin and could not be dragged.
     */
    function showCircle(pan) {
        var lat = number('latitude');
        var lng = number('longitude');
        if (shape() !== 'CIRCLE' || lat === null || lng === null) {
            return;
        }
        var centre = L.latLng(lat, lng);
        var radius = number('radiusM') || 100;
        var pixels = map.latLngToContainerPoint(edgeOf(centre, radius)).distanceTo(map.latLngToContainerPoint(centre));
        if (pixels < 40) {
            map.fitBounds(centre.toBounds(radius * 2), {padding: [60, 60], maxZoom: 18, animate: false});
        } else if (pan) {
            map.panTo(centre, {animate: false});
        }
    }

    /** A line over the map, as text, that the background map cannot be shown (the fences still are). */
    function sayOffline(element) {
        var words = element.getAttribute('data-sapo-map-offline');
        if (!words || element.querySelector('.sapo-map-offline')) {
            return;
        }
        var note = document.createElement('div');
        note.className = 'sapo-map-offline';
        note.setAttribute('role', 'status');
        note.textContent = words;
        element.appendChild(note);
    }

    /** Says so when no tile arrives: the first one fails, or none has come after eight seconds. */
    function watchTiles(layer, element) {
        var loaded = 0;
        layer.on('tileload', function () {
            loaded++;
        });
        layer.on('tileerror', function () {
            if (loaded === 0) {
                sayOffline(element);
            }
        });
        setTimeout(function () {
            if (loaded === 0 && document.body.contains(element)) {
                sayOffline(element);
            }
        }, 8000);
    }

    function init(config) {
        cfg = config;
        if (map) {
            map.remove();
            editLayer = null;
        }
        var element = cfg.element;
        map = L.map(element, {zoomControl: true}).setView(cfg.centre, 16);
        if (cfg.tiles) {
            watchTiles(L.tileLayer(cfg.tiles, {maxZoom: 19, attribution: escaped(cfg.attribution)}).addTo(map),
                element);
        } else {
            sayOffline(element);
        }
        var bounds = drawExisting(cfg.locations || []);
        (cfg.points || []).forEach(function (p) {
            var marker = L.circleMarker([p.lat, p.lng], {radius: 6, weight: 2,
                color: p.refused ? '#dc2626' : '#16a34a', fillOpacity: 0.8}).bindTooltip(text(p.label)).addTo(map);
            bounds.push(L.latLngBounds([marker.getLatLng(), marker.getLatLng()]));
        });
        if (bounds.length > 0) {
            var all = bounds[0];
            bounds.forEach(function (b) { all.extend(b); });
            map.fitBounds(all, {maxZoom: 17, padding: [20, 20]});
        }
        if (cfg.editing) {
            redrawEdit();
            if (shape() === 'CIRCLE' && number('latitude') !== null && number('longitude') !== null) {
                map.setView([number('latitude'), number('longitude')], 17);
            }
            map.on('click', placeByClick);
            ['latitude', 'longitude', 'radiusM', 'vertices'].forEach(function (name) {
                var field = input(name);
                if (field) {
                    field.addEventListener('change', function () {
                        redrawEdit();
                        if (name !== 'vertices') {
                            showCircle(name !== 'radiusM');
                        }
                    });
                }
            });
        }
    }

    /**
     * Starts every map of the page from its data-sapo-map attribute (JSON), on load and again after each ajax update
     * that renders a new map element: the pages hold no script of their own (Content-Security-Policy).
     */
    function start() {
        var elements = document.querySelectorAll('[data-sapo-map]');
        Array.prototype.forEach.call(elements, function (element) {
            if (!element.classList.contains('leaflet-container')) {
                var config = JSON.parse(element.getAttribute('data-sapo-map'));
                config.element = element;
                init(config);
            }
        });
    }

    /** The review's selfie thumbnails open large; the polygon's corners can be cleared. */
    document.addEventListener('click', function (event) {
        var target = event.target;
        if (target.classList && target.classList.contains('sapo-zoomable')) {
            document.getElementById('bigPhoto').src = target.src;
            PF('photoDialog').show();
        } else if (target.classList && target.classList.contains('sapo-clear-vertices')) {
            event.preventDefault();
            var vertices = input('vertices');
            vertices.value = '';
            vertices.dispatchEvent(new Event('change'));
        }
    });

    function boot() {
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', start);
        }
        start();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', boot);
    } else {
        boot();
    }

    return {init: init, start: start};
}());
