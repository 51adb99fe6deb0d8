// The review state machine drawn in docs/architecture.md (a Mermaid
// stateDiagram-v2) must be exactly what lib/domain/workflow.ts does: every
// legal (status, event) pair drawn with its target, nothing else drawn.
import fs from 'node:fs';
import path from 'node:path';
import { CLAIM_STATUSES } from '@/lib/domain/types';
import { transition, type WorkflowEvent } from '@/lib/domain/workflow';

// A Record, so the compiler asks for a new event here when workflow.ts gains one.
const EVENTS: Record<WorkflowEvent, true> = {
  submit: true,
  approve: true,
  request_changes: true,
  edit_content: true,
  change_sources: true,
  anchor_changed: true,
};

function diagram(): string {
  const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'architecture.md'), 'utf8');
  const block = /```mermaid\n(stateDiagram-v2\n[\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/architecture.md has no mermaid stateDiagram-v2 block');
  return block[1];
}

/** "FROM --event--> TO" for every transition drawn (the entry arrow from [*] aside). */
function drawn(): string[] {
  const edges: string[] = [];
  for (const line of diagram().split('\n')) {
    const edge = /^\s*(\[\*\]|\w+)\s*-->\s*(\w+)\s*:\s*(.+?)\s*$/.exec(line);
    if (!edge || edge[1] === '[*]') continue;
    for (const event of edge[3].split(/\s*,\s*/)) edges.push(`${edge[1]} --${event}--> ${edge[2]}`);
  }
  return edges.sort();
}

function legal(): string[] {
  const edges: string[] = [];
  for (const status of CLAIM_STATUSES) {
    for (const event of Object.keys(EVENTS) as WorkflowEvent[]) {
      const result = transition(status, event);
      if (result.ok) edges.push(`${status} --${event}--> ${result.status}`);
    }
  }
  return edges.sort();
}

describe('the review state machine in docs/architecture.md', () => {
  it('draws exactly the transitions of lib/domain/workflow.ts', () => {
    expect(drawn()).toEqual(legal());
  });

  it('starts new claims in DRAFT and shows every status', () => {
    const text = diagram();
    expect(text).toMatch(/\[\*\]\s*-->\s*DRAFT\b/);
    for (const status of CLAIM_STATUSES) expect(text).toContain(status);
  });
});
