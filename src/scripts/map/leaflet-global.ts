/**
 * Leaflet as a module, also set as the global `L`: leaflet.markercluster 1.5 is a UMD plugin that
 * extends `window.L` when it runs, so the global must exist before the plugin is imported.
 */
import L from 'leaflet';

(window as unknown as { L: typeof L }).L = L;

export default L;
