/**
 * Every element of an HTML document, read with parse5 (a spec-compliant HTML parser, so what it
 * sees is what a browser sees: comments and the text of scripts and styles are no elements).
 * Shared by the link checks (lib/links.ts), the dangerous-HTML test and the page shapes of the
 * axe gate (tests/support).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** Each element under `node` in document order, with the tag names of its ancestors; includes `<template>` contents. */
export function* walkElements(node: HtmlNode, ancestors: string[] = []): Generator<[HtmlElement, string[]]> {
  const next = isElement(node) ? [...ancestors, node.tagName] : ancestors;
  if (isElement(node)) yield [node, ancestors];
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walkElements(child, next);
  if (isElement(node) && node.tagName === 'template' && 'content' in node) {
    yield* walkElements(node.content as HtmlNode, next);
  }
}

/** Each element of a whole HTML document, with its ancestors' tag names. */
export function elementsOf(html: string): Generator<[HtmlElement, string[]]> {
  return walkElements(parse(html) as unknown as HtmlNode);
}
