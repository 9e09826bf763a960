import { describe, expect, it } from 'vitest';
import { layOutSequence, type Step } from '../../src/lib/diagram/sequenceLayout';

const participants = [
  { id: 'app', label: ['Client application'] },
  { id: 'auth', label: ['Authorization server', 'login.cloud.camunda.io'] },
  { id: 'zeebe', label: ['Zeebe'] },
];

describe('layOutSequence', () => {
  const steps: Step[] = [
    { kind: 'message', from: 'app', to: 'auth', lines: ['POST /oauth/token', 'grant_type=client_credentials'] },
    { kind: 'message', from: 'auth', to: 'app', lines: ['200'], reply: true },
    { kind: 'note', over: 'app', lines: ['Keep the token'] },
    { kind: 'message', from: 'app', to: 'zeebe', lines: ['call'] },
  ];
  const layout = layOutSequence(participants, steps);

  it('spaces the lifelines evenly and sizes the canvas around them', () => {
    expect(layout.participants.map((p) => p.x)).toEqual([150, 450, 750]);
    expect(layout.width).toBe(900);
  });

  it('numbers the messages but not the notes, going down the page', () => {
    const numbers = layout.steps.map((s) => (s.kind === 'message' ? s.number : 'note'));
    expect(numbers).toEqual([1, 2, 'note', 3]);
    const tops = layout.steps.map((s) => (s.kind === 'message' ? s.y : s.y));
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(layout.height).toBeGreaterThan(tops[tops.length - 1]);
  });

  it('puts each message text above its arrow and makes replies run right to left', () => {
    const [request, reply] = layout.steps;
    if (request.kind !== 'message' || reply.kind !== 'message') throw new Error('expected messages');
    expect(request.textYs).toHaveLength(2);
    expect(Math.max(...request.textYs)).toBeLessThan(request.y);
    expect(request.textYs[0]).toBeGreaterThan(layout.headerHeight);
    expect(reply.reply).toBe(true);
    expect(reply.x1).toBeGreaterThan(reply.x2);
  });

  it('centres a note over its participant', () => {
    const note = layout.steps[2];
    if (note.kind !== 'note') throw new Error('expected a note');
    expect(note.x + note.width / 2).toBe(150);
  });

  it('says which participant is unknown', () => {
    expect(() => layOutSequence(participants, [{ kind: 'message', from: 'app', to: 'broker', lines: ['x'] }])).toThrow(
      expect.objectContaining({ code: 'ERR_DIAGRAM_UNKNOWN_PARTICIPANT', message: expect.stringContaining('"broker"') }),
    );
  });
});
