// Scrolls the article text to the first place showing `exact` and selects it,
// so the reader sees where a suggested sentence sits. Plain DOM: the editor's
// text nodes are walked the way a reader's selection would cover them.
export function scrollToText(exact: string): boolean {
  const root = document.querySelector('[data-testid="article-text"] .ProseMirror');
  if (!root || !exact) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    text += (node as Text).data;
  }
  const start = text.indexOf(exact);
  if (start < 0) return false;
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    let seen = 0;
    for (const node of nodes) {
      if (isEnd ? offset <= seen + node.data.length : offset < seen + node.data.length) return [node, offset - seen];
      seen += node.data.length;
    }
    const last = nodes[nodes.length - 1];
    return [last, last.data.length];
  };
  const [startNode, startOffset] = locate(start, false);
  const [endNode, endOffset] = locate(start + exact.length, true);
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
