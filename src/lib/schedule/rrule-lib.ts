/**
 * The rrule package, imported so it works everywhere the site runs. rrule 2.8.1 ships an ES
 * module build only through the non-standard "module" field; Node (Astro's prerender, scripts,
 * Vitest's externalised deps) loads its CommonJS UMD build, where the named exports sit on
 * `default`. Reading from the namespace covers both.
 */
import * as rruleNamespace from 'rrule';

type RRuleModule = typeof rruleNamespace;

const namespace = rruleNamespace as RRuleModule & { default?: RRuleModule };
const lib: RRuleModule = namespace.RRule ? namespace : (namespace.default as RRuleModule);

export const RRule = lib.RRule;
export const RRuleSet = lib.RRuleSet;
export type RRule = InstanceType<RRuleModule['RRule']>;
export type RRuleSet = InstanceType<RRuleModule['RRuleSet']>;
export type RRuleOptions = rruleNamespace.Options;
