/**
 * Whether an information product is still current on a given day. Lists (kern, gemeente and
 * topic pages) leave out products whose period has ended; their own page stays, so links in
 * old flyers and feeds keep working.
 */
export function isActueel(periode: { tot?: string | undefined }, datum: string): boolean {
  return periode.tot === undefined || periode.tot >= datum;
}
