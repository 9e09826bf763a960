import { useId, type ReactNode } from 'react';
import { layOutSequence, type Participant, type Step } from '@site/src/lib/diagram/sequenceLayout';
import styles from './styles.module.css';

export interface SequenceDiagramProps {
  /** Read by screen readers instead of the drawing; the steps should also be told in the text. */
  title: string;
  participants: Participant[];
  steps: Step[];
}

/**
 * A sequence diagram drawn as SVG at build time: it is part of the page's HTML, costs no script,
 * and follows the colour mode through CSS variables.
 */
export default function SequenceDiagram({ title, participants, steps }: SequenceDiagramProps): ReactNode {
  const layout = layOutSequence(participants, steps);
  const titleId = useId();
  const arrow = useId();
  return (
    <figure className={styles.figure}>
      {/* Scrolls sideways on a narrow screen instead of shrinking the text to nothing. */}
      <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby={titleId}>
        <svg className={styles.svg} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={titleId}>
          <title id={titleId}>{title}</title>
          <defs>
            <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowHead} />
            </marker>
          </defs>
          {layout.participants.map((p) => (
            <g key={p.id}>
              <line x1={p.x} x2={p.x} y1={layout.headerHeight} y2={layout.height} className={styles.lifeline} />
              <rect x={p.x - (layout.columnGap - 40) / 2} y={2} width={layout.columnGap - 40} height={layout.headerHeight - 4} rx={6} className={styles.box} />
              {p.label.map((line, i) => (
                <text key={line} x={p.x} y={24 + i * layout.lineHeight} textAnchor="middle" className={i === 0 ? styles.name : styles.host}>
                  {line}
                </text>
              ))}
            </g>
          ))}
          {layout.steps.map((step, index) =>
            step.kind === 'note' ? (
              <g key={index}>
                <rect x={step.x} y={step.y} width={step.width} height={step.height} rx={4} className={styles.note} />
                {step.lines.map((line, i) => (
                  <text key={line} x={step.x + step.width / 2} y={step.textYs[i]} textAnchor="middle" className={styles.text}>
                    {line}
                  </text>
                ))}
              </g>
            ) : (
              <g key={index}>
                <line x1={step.x1} x2={step.x2} y1={step.y} y2={step.y} markerEnd={`url(#${arrow})`} className={step.reply ? styles.reply : styles.call} />
                {step.lines.map((line, i) => (
                  <text key={line} x={(step.x1 + step.x2) / 2} y={step.textYs[i]} textAnchor="middle" className={styles.text}>
                    {i === 0 ? `${step.number}. ${line}` : line}
                  </text>
                ))}
              </g>
            ),
          )}
        </svg>
      </div>
    </figure>
  );
}
