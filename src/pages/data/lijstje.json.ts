/** /data/lijstje.json: the compact index the shortlist page reads (src/data/lijstje.ts). */
import type { APIRoute } from 'astro';
import { lijstjeIndex } from '../../data/lijstje.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await lijstjeIndex()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
