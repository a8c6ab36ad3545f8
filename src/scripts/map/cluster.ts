/** The clustering plugin and its CSS, imported only by maps that cluster (region and gemeente). */
import './leaflet-global.ts';
import 'leaflet.markercluster';
import clusterCss from './cluster-styles.css?url';
import { loadStylesheet } from './stylesheet.ts';

export const ready: Promise<void> = loadStylesheet(clusterCss);
