// A source's text in a box of bounded height: long stories must not push the rest of the page away, but a box cut
// mid-sentence must say that it is cut and scrolls, and offer the whole text.
import { h } from './dom.js';

/** A story's text (plain or with marks) in its box, with the button that shows it whole (hidden until needed). */
export function storyBox(content: Node | string, lang: string | null): HTMLElement {
  const box = h('div', { class: 'story-text', lang, tabindex: 0, role: 'region', 'aria-label': 'Story text (scrolls)' }, content);
  const toggle = h('button', { type: 'button', class: 'story-toggle secondary', hidden: true });
  return h('div', { class: 'story' }, box, toggle);
}

/** Fades the box's cut edges: "more-above" / "more-below" say there is text beyond what is shown. */
function markEdges(box: HTMLElement): void {
  box.classList.toggle('more-above', box.scrollTop > 1);
  box.classList.toggle('more-below', box.scrollTop + box.clientHeight < box.scrollHeight - 1);
}

/** Scrolls the box (never the page) so that its first highlighted passage shows in the upper third. */
function scrollToFirstMark(box: HTMLElement): void {
  const mark = box.querySelector('mark');
  if (!mark) return;
  const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}

/**
 * Once the view is laid out (boxes must be measured): every box whose text does not fit gets faded edges and a
 * button that shows the whole text, and is scrolled to its first highlighted passage. Short boxes stay as they are.
 */
export function settleStoryBoxes(root: ParentNode): void {
  for (const wrap of root.querySelectorAll<HTMLElement>('.story')) {
    const box = wrap.querySelector<HTMLElement>('.story-text');
    const toggle = wrap.querySelector<HTMLButtonElement>('.story-toggle');
    if (!box || !toggle || box.scrollHeight <= box.clientHeight + 1) continue;
    const shown = Math.max(1, Math.round((100 * box.clientHeight) / box.scrollHeight));
    const collapse = () => {
      box.classList.remove('expanded');
      toggle.textContent = `Show the whole text (${shown}% shown; the box scrolls)`;
      toggle.setAttribute('aria-expanded', 'false');
      scrollToFirstMark(box);
      markEdges(box);
    };
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      if (box.classList.contains('expanded')) {
        collapse();
        return;
      }
      box.classList.add('expanded');
      toggle.textContent = 'Show a shorter box';
      toggle.setAttribute('aria-expanded', 'true');
      markEdges(box);
    });
    box.addEventListener('scroll', () => markEdges(box), { passive: true });
    collapse();
  }
}
