import type { Page } from 'playwright-core';

/**
 * The in-page UI lives in closed shadow roots, out of reach of the page's scripts and of
 * Playwright's locators. The DevTools protocol sees through them, as a person looking does.
 */
interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Node ids are only valid in the session that read them: `use` runs in the same one. */
async function withDocument<T>(page: Page, use: (root: DomNode, send: (method: string, params: object) => Promise<unknown>) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return await use(root, (method, params) => cdp.send(method as 'DOM.getBoxModel', params as never));
  } finally {
    await cdp.detach();
  }
}

/** What a person sees: style and script text is not shown. */
function* walk(node: DomNode): Generator<DomNode> {
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const textOf = (node: DomNode): string => [...walk(node)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('');
const hasAttribute = (node: DomNode, name: string) => (node.attributes ?? []).some((value, index) => index % 2 === 0 && value === name);

/** The text inside each host element carrying `attribute`, shadow root included, in page order. */
export async function shadowTexts(page: Page, attribute: string): Promise<string[]> {
  return withDocument(page, async (root) =>
    [...walk(root)].filter((node) => hasAttribute(node, attribute)).map((node) => textOf(node).replace(/\s+/g, ' ').trim()),
  );
}

/** Clicks the first button whose text starts with `buttonText` (or matches it) inside a host carrying `attribute`. */
export async function clickInShadow(page: Page, attribute: string, buttonText: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof buttonText === 'string' ? text.startsWith(buttonText) : buttonText.test(text));
  const content = await withDocument(page, async (root, send) => {
    const hosts = [...walk(root)].filter((node) => hasAttribute(node, attribute));
    const button = hosts.flatMap((host) => [...walk(host)]).find((node) => node.nodeName === 'BUTTON' && matches(textOf(node).trim()));
    if (!button) throw new Error(`no "${buttonText}" button in [${attribute}]`);
    const { model } = (await send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
    return model.content;
  });
  const [x1, y1, , , x3, y3] = content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

export const AXE_COPY_ATTRIBUTE = 'data-axe-copy';

/**
 * axe, like any script in the page, cannot enter a closed shadow root. Through the DevTools protocol this copies
 * each closed root's content (markup and style) into an open root on a host placed right after the original,
 * so it inherits the same page styles; axe then checks the copy with `fromShadowDom: ['[data-axe-copy]', …]`.
 */
export async function openCopiesOfShadowRoots(page: Page, attribute: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode & { backendNodeId?: number } };
    const shadowRoots = [...walk(root)].filter((node) => hasAttribute(node, attribute)).flatMap((host) => (host.shadowRoots ?? []) as Array<DomNode & { backendNodeId?: number }>);
    for (const shadowRoot of shadowRoots) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadowRoot.backendNodeId! })) as { object: { objectId: string } };
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        arguments: [{ value: AXE_COPY_ATTRIBUTE }],
        functionDeclaration: `function (copyAttribute) {
          const copy = document.createElement(this.host.localName);
          copy.setAttribute(copyAttribute, '');
          copy.attachShadow({ mode: 'open' }).append(...Array.from(this.childNodes, (node) => node.cloneNode(true)));
          this.host.after(copy);
        }`,
      });
    }
    return shadowRoots.length;
  } finally {
    await cdp.detach();
  }
}
