/**
 * Two tiny element builders. Text always goes in through text nodes, so
 * nothing from the catalog is ever parsed as markup.
 *
 * @module
 */

/** Child of an element: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes: `false`/`null`/`undefined` leave the attribute out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

function fill(el: Element, attrs: Attrs, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
}

/**
 * Creates an HTML element.
 *
 * @param tag - tag name
 * @param attrs - attributes
 * @param children - children
 * @returns the element
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  fill(el, attrs, children);
  return el;
}

/**
 * Creates an SVG element.
 *
 * @param tag - tag name
 * @param attrs - attributes
 * @param children - children
 * @returns the element
 */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  fill(el, attrs, children);
  return el;
}
