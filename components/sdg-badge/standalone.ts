/**
 * Whether a badge stands on its own in the page's flow, rather than in a sentence or among other
 * inline content: its parent lays out blocks, and no sibling is text or inline. A standalone badge
 * is laid out as a block (its badge keeps its own width inside), so that a theme's content column
 * (`.entry-content > * { max-width: 650px; margin-inline: auto }`) takes it in like a paragraph: an
 * inline-block among blocks sits in an anonymous box that no such rule reaches, at the page's edge.
 */
const BLOCK_PARENTS = new Set(['block', 'flow-root', 'list-item']);

export function isStandalone(el: Element): boolean {
  // Inside another cityweave element, that element's own styles place the badge, and no theme rule
  // reaches a shadow tree: nothing to ask. Asking would cost a style recalculation per badge (the
  // computed styles below), dozens of them in a list of cards rendered in one task.
  const root = el.getRootNode();
  if (root instanceof ShadowRoot && root.host.localName.startsWith('cw-')) return false;
  const parent = el.parentElement;
  if (!parent || !BLOCK_PARENTS.has(getComputedStyle(parent).display)) return false;
  for (const node of parent.childNodes) {
    if (node === el) continue;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') return false;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const display = getComputedStyle(node as Element).display;
      // Another badge counts as inline whatever its state: a row of badges stays a row.
      if ((node as Element).localName === el.localName || display.startsWith('inline') || display === 'contents') return false;
    }
  }
  return true;
}
