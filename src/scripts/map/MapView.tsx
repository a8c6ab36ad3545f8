/**
 * The Leaflet map of a list of places (a React island, mounted by mount.tsx). Markers carry the
 * numbers of the list and are keyboard operable: Tab reaches them, Enter or Space selects one,
 * which highlights the list item and names the place below the map. Clusters at low zoom (region
 * and gemeente maps), Dutch zoom labels, no animations with prefers-reduced-motion, and a Dutch
 * message when tiles fail to load; the list keeps working whatever happens here.
 */
import { useEffect, useRef, useState } from 'react';
import type { LeafletKeyboardEvent, Map as LeafletMap, Marker } from 'leaflet';
import L from './leaflet-global.ts';
import { tileSource } from '../../lib/map-config.ts';
import { vul, type KaartTeksten } from './texts.ts';

export interface MapPlace {
  id: string;
  nr: number;
  naam: string;
  adres: string;
  href: string;
  lat: number;
  lon: number;
}

interface Props {
  places: MapPlace[];
  cluster: boolean;
  /** Zoom for a single place. */
  zoom: number;
  /** Id of the heading that names the map region. */
  headingId: string;
  teksten: KaartTeksten;
  /** Receives "kies" (a place id, from the list) and "toon" (the map is shown again). */
  bridge: EventTarget;
  onSelect: (id: string) => void;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);

/** A numbered marker whose accessible name is "3: Buurtkamer De Schakel". */
function markerIcon(place: MapPlace): L.DivIcon {
  return L.divIcon({
    className: 'ww-marker',
    html: `<span aria-hidden="true">${String(place.nr)}</span><span class="ww-visually-hidden">${String(place.nr)}: ${escapeHtml(place.naam)}</span>`,
    iconSize: [32, 32],
    iconAnchor: [16, 16],
  });
}

const isSelectKey = (event: KeyboardEvent): boolean => event.key === 'Enter' || event.key === ' ';

export function MapView({ places, cluster, zoom, headingId, teksten, bridge, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [selected, setSelected] = useState<MapPlace | undefined>();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map: LeafletMap = L.map(element, {
      zoomControl: false,
      zoomAnimation: !reduceMotion,
      fadeAnimation: !reduceMotion,
      markerZoomAnimation: !reduceMotion,
      inertia: !reduceMotion,
      minZoom: tileSource.minZoom,
      maxZoom: tileSource.maxZoom,
    });
    L.control.zoom({ zoomInTitle: teksten.inzoomen, zoomOutTitle: teksten.uitzoomen }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    const tiles = L.tileLayer(tileSource.url, {
      attribution: tileSource.attribution,
      minZoom: tileSource.minZoom,
      maxZoom: tileSource.maxZoom,
    });
    tiles.on('tileerror', () => setFailed(true));
    tiles.addTo(map);

    const markers = new Map<string, Marker>();
    let selectedId: string | undefined;
    const markSelected = (): void => {
      for (const [id, marker] of markers) marker.getElement()?.classList.toggle('is-gekozen', id === selectedId);
    };
    const select = (place: MapPlace): void => {
      selectedId = place.id;
      markSelected();
      setSelected(place);
      onSelect(place.id);
    };

    for (const place of places) {
      const marker = L.marker([place.lat, place.lon], { icon: markerIcon(place), keyboard: true, riseOnHover: true });
      marker.on('click', () => select(place));
      marker.on('keydown', (event: LeafletKeyboardEvent) => {
        if (!isSelectKey(event.originalEvent)) return;
        event.originalEvent.preventDefault();
        select(place);
      });
      // Elements are recreated when clusters change: keep the highlight on the new element.
      marker.on('add', markSelected);
      markers.set(place.id, marker);
    }

    let cancelled = false;
    let group: L.FeatureGroup | undefined;
    const show = async (): Promise<void> => {
      if (cluster) {
        await (
          await import('./cluster.ts')
        ).ready;
        if (cancelled) return;
        const clusters = L.markerClusterGroup({
          animate: !reduceMotion,
          animateAddingMarkers: false,
          showCoverageOnHover: false,
          maxClusterRadius: 50,
          iconCreateFunction: (c) => {
            const count = c.getChildCount();
            const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
            return L.divIcon({
              className: `marker-cluster marker-cluster-${size} ww-cluster`,
              html: `<div><span aria-hidden="true">${String(count)}</span><span class="ww-visually-hidden">${escapeHtml(vul(teksten.cluster, { aantal: count }))}</span></div>`,
              iconSize: L.point(40, 40),
            });
          },
        });
        // Enter is handled by the plugin; Space zooms in too, like a button.
        clusters.on('clusterkeydown', (event) => {
          const keyEvent = event as unknown as LeafletKeyboardEvent & { layer: L.MarkerCluster };
          if (keyEvent.originalEvent.key !== ' ') return;
          keyEvent.originalEvent.preventDefault();
          keyEvent.layer.zoomToBounds();
        });
        for (const marker of markers.values()) clusters.addLayer(marker);
        group = clusters;
      } else {
        group = L.featureGroup([...markers.values()]);
      }
      group.addTo(map);
      if (places.length === 1 && places[0]) map.setView([places[0].lat, places[0].lon], zoom, { animate: false });
      else if (places.length > 1) map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 16, animate: false });
    };
    void show();

    const onChoose = (event: Event): void => {
      const id = (event as CustomEvent<string>).detail;
      const place = places.find((p) => p.id === id);
      const marker = markers.get(id);
      if (!place || !marker) return;
      const reveal = (): void => {
        map.setView(marker.getLatLng(), Math.max(map.getZoom(), 15), { animate: !reduceMotion });
        select(place);
      };
      if (group && 'zoomToShowLayer' in group) (group as L.MarkerClusterGroup).zoomToShowLayer(marker, reveal);
      else reveal();
      element.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
    };
    const onShow = (): void => {
      map.invalidateSize();
    };
    bridge.addEventListener('kies', onChoose);
    bridge.addEventListener('toon', onShow);
    return () => {
      cancelled = true;
      bridge.removeEventListener('kies', onChoose);
      bridge.removeEventListener('toon', onShow);
      map.remove();
    };
  }, [places, cluster, zoom, teksten, bridge, onSelect]);

  return (
    <div className="ww-kaart__app">
      {failed && (
        <p className="ww-kaart__fout" role="alert" data-kaart-fout>
          {teksten.fout}
        </p>
      )}
      <div ref={container} className="ww-kaart__map" role="region" aria-labelledby={headingId} data-kaart-map />
      <p className="ww-kaart__gekozen" aria-live="polite" data-kaart-gekozen>
        {selected && (
          <>
            {teksten.gekozen} <a href={selected.href}>{`${String(selected.nr)}: ${selected.naam}`}</a>, {selected.adres}
          </>
        )}
      </p>
    </div>
  );
}
