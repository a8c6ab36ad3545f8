/** /data/hsds/<table>.json: one HSDS 3.0 table of all content (see docs/open-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { alles } from '../../../data/content.ts';
import { HSDS_TABLES, hsdsFor, serializeTable, type HsdsTableName } from '../../../lib/export/hsds/index.ts';
import { SITE_URL } from '../../../lib/site.ts';

export const getStaticPaths = (() => HSDS_TABLES.map((tabel) => ({ params: { tabel } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const tables = hsdsFor(await alles(), SITE_URL);
  const body = serializeTable(tables[params['tabel'] as HsdsTableName]);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
