/**
 * Lays out a small sequence diagram (participants across, messages down) as plain geometry that a
 * component draws as SVG. The site used to ship a diagram library for the one diagram on the
 * guide; it doubled the build's time and weighed more than the rest of the page.
 */
export interface Participant {
  id: string;
  /** One line each: a name, then optionally a host. */
  label: string[];
}

export type Step =
  | { kind: 'message'; from: string; to: string; lines: string[]; reply?: boolean }
  | { kind: 'note'; over: string; lines: string[] };

export interface LaidOutParticipant extends Participant {
  x: number;
}

export interface LaidOutMessage {
  kind: 'message';
  number: number;
  x1: number;
  x2: number;
  /** Where the arrow runs. */
  y: number;
  /** Baselines of the text above the arrow, top first. */
  textYs: number[];
  lines: string[];
  reply: boolean;
}

export interface LaidOutNote {
  kind: 'note';
  x: number;
  y: number;
  width: number;
  height: number;
  textYs: number[];
  lines: string[];
}

export interface SequenceLayout {
  width: number;
  columnGap: number;
  lineHeight: number;
  height: number;
  headerHeight: number;
  participants: LaidOutParticipant[];
  steps: (LaidOutMessage | LaidOutNote)[];
}

export interface LayoutOptions {
  /** Distance between neighbouring lifelines. */
  columnGap?: number;
  lineHeight?: number;
  /** Space for one arrow and the gap before the next step. */
  stepGap?: number;
  noteWidth?: number;
}

export class DiagramError extends Error {
  readonly code = 'ERR_DIAGRAM_UNKNOWN_PARTICIPANT';
}

/** Positions every participant and step; throws when a step names a participant not listed. */
export function layOutSequence(participants: Participant[], steps: Step[], options: LayoutOptions = {}): SequenceLayout {
  const { columnGap = 300, lineHeight = 19, stepGap = 26, noteWidth = 260 } = options;
  const margin = columnGap / 2;
  const placed = participants.map((p, i) => ({ ...p, x: margin + i * columnGap }));
  const xOf = (id: string) => {
    const found = placed.find((p) => p.id === id);
    if (!found) throw new DiagramError(`The diagram names "${id}", which is not one of its participants (${participants.map((p) => p.id).join(', ')}).`);
    return found.x;
  };
  const headerHeight = Math.max(...participants.map((p) => p.label.length)) * lineHeight + 20;
  let y = headerHeight + 24;
  let number = 0;
  const laid = steps.map((step): LaidOutMessage | LaidOutNote => {
    if (step.kind === 'note') {
      const height = step.lines.length * lineHeight + 12;
      const note: LaidOutNote = {
        kind: 'note',
        x: xOf(step.over) - noteWidth / 2,
        y,
        width: noteWidth,
        height,
        textYs: step.lines.map((_, i) => y + 6 + (i + 1) * lineHeight - 4),
        lines: step.lines,
      };
      y += height + stepGap - 6;
      return note;
    }
    number += 1;
    const textYs = step.lines.map((_, i) => y + (i + 1) * lineHeight - 4);
    const arrowY = y + step.lines.length * lineHeight + 4;
    y = arrowY + stepGap;
    return { kind: 'message', number, x1: xOf(step.from), x2: xOf(step.to), y: arrowY, textYs, lines: step.lines, reply: step.reply ?? false };
  });
  return { columnGap, lineHeight, width: margin * 2 + (participants.length - 1) * columnGap, height: y + 4, headerHeight, participants: placed, steps: laid };
}
