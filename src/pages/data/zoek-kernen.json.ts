/** /data/zoek-kernen.json: the kern filter's kernen per gemeente (src/lib/search/kern-filter.ts). */
import type { APIRoute } from 'astro';
import { gemeentenMetKernen } from '../../data/content.ts';
import type { ZoekGemeente } from '../../lib/search/kern-filter.ts';

export const GET: APIRoute = async () => {
  const lijst: ZoekGemeente[] = (await gemeentenMetKernen()).map(({ gemeente, kernen }) => ({
    id: gemeente.id,
    naam: gemeente.data.naam,
    kernen: kernen.map((kern) => ({ id: kern.id, naam: kern.data.naam })),
  }));
  return new Response(JSON.stringify(lijst), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
