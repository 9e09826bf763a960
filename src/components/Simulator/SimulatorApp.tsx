import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { CLIENT_STRATEGIES, PRESETS, decodeScenarioLink, findPreset, resolveScenario, type Scenario } from '@site/src/lib/simulator';
import { checkForm, draftFromScenario, type FormDraft } from '@site/src/lib/simulatorView/scenarioForm';
import { fullView, type Viewport } from '@site/src/lib/simulatorView/viewport';
import SimulatorTimeline from '@site/src/components/SimulatorTimeline';
import SettingsForm from './SettingsForm';
import RunSummary from './RunSummary';
import PlaybackControls from './PlaybackControls';
import StoryPicker from './StoryPicker';
import { useSimulationRun } from './useSimulationRun';
import { speedFor, usePlayback } from './usePlayback';
import { LOAD_PRESET_EVENT, type LoadPresetDetail } from './events';
import styles from './styles.module.css';

type AfterRun = 'show' | 'rewind' | 'play';

export interface SimulatorAppProps {
  initialPreset?: string;
}

/** The simulator: stories, settings, one or two timelines with playback, summaries and a share link. */
export default function SimulatorApp({ initialPreset = 'workers-each-fetch' }: SimulatorAppProps): ReactNode {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const first = findPreset(initialPreset) ?? PRESETS[0];
  const [base, setBase] = useState<Scenario>(() => resolveScenario(first.scenario));
  const [draft, setDraft] = useState<FormDraft>(() => draftFromScenario(resolveScenario(first.scenario), first.seed));
  const [presetId, setPresetId] = useState(first.id);
  const [compareWith, setCompareWith] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [{ runs, running, error, ms }, run, cancel] = useSimulationRun();
  const afterRun = useRef<AfterRun>('show');
  const duration = runs?.[0]?.durationMs ?? base.durationMs;
  const playback = usePlayback(duration);
  const [view, setView] = useState<Viewport>(() => fullView(duration));

  const check = useMemo(() => checkForm(base, draft), [base, draft]);
  const preset = findPreset(presetId);
  const client = CLIENT_STRATEGIES.find((c) => c.id === compareWith);

  const load = useCallback((scenario: Scenario, seed: number, nextPreset: string, then: AfterRun) => {
    setBase(scenario);
    setDraft(draftFromScenario(scenario, seed));
    setPresetId(nextPreset);
    afterRun.current = then;
  }, []);

  // A shared link in the address wins over the default story.
  useEffect(() => {
    const hash = window.location.hash;
    if (!hash.startsWith('#sim=')) return;
    const decoded = decodeScenarioLink(hash);
    if (decoded.ok) {
      load(decoded.scenario, decoded.seed, '', 'show');
      setNotice('Loaded the scenario from the link.');
    } else {
      setNotice(`This link could not be loaded: ${decoded.issues.map((i) => i.message).join(' ')}`);
    }
  }, [load]);

  // "Play this story" buttons elsewhere on the page.
  useEffect(() => {
    const onLoad = (event: Event) => {
      const wanted = findPreset((event as CustomEvent<LoadPresetDetail>).detail?.presetId ?? '');
      if (!wanted) return;
      load(resolveScenario(wanted.scenario), wanted.seed, wanted.id, 'play');
      rootRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      rootRef.current?.focus({ preventScroll: true });
    };
    window.addEventListener(LOAD_PRESET_EVENT, onLoad);
    return () => window.removeEventListener(LOAD_PRESET_EVENT, onLoad);
  }, [load]);

  // Run when valid settings settle for a moment (typing does not start a run per keystroke).
  useEffect(() => {
    if (!check.scenario || check.seed === null) {
      cancel();
      return undefined;
    }
    const other = CLIENT_STRATEGIES.find((c) => c.id === compareWith)?.strategy ?? null;
    const timer = setTimeout(() => run({ scenario: check.scenario!, seed: check.seed!, compareWith: other }), 250);
    return () => clearTimeout(timer);
  }, [check, compareWith, run, cancel]);

  // A new result: show it whole, or from the start (a story), or play it.
  const { setPlayHead, setPlaying, setSpeed } = playback;
  useEffect(() => {
    if (!runs) return;
    const d = runs[0].durationMs;
    setView((v) => (v.to === d && v.from === 0 ? v : fullView(d)));
    const then = afterRun.current;
    afterRun.current = 'show';
    setPlaying(then === 'play');
    setPlayHead(then === 'show' ? d : 0);
    if (then === 'play') setSpeed(speedFor(d));
  }, [runs, setPlayHead, setPlaying, setSpeed]);

  const onDraft = (next: FormDraft) => {
    setDraft(next);
    setPresetId('');
    setNotice(null);
  };
  const titles = runs && runs.length > 1 ? ['A: these settings', `B: ${client?.label ?? 'the other strategy'}`] : [preset?.title ?? 'your settings'];

  return (
    <div className={styles.simulator} ref={rootRef} tabIndex={-1} aria-label="Token cache and rate-limit simulator" role="region">
      <StoryPicker
        presetId={presetId}
        notice={notice}
        onPick={(p) => load(resolveScenario(p.scenario), p.seed, p.id, 'rewind')}
      />

      <details className={styles.settings}>
        <summary>Settings</summary>
        <SettingsForm draft={draft} issues={check.fieldIssues} onChange={onDraft} />
        {check.otherIssues.length > 0 && (
          <ul className={styles.fieldError} role="alert">
            {check.otherIssues.map((i) => (
              <li key={i.path}>
                {i.path}: {i.message}
              </li>
            ))}
          </ul>
        )}
      </details>

      <PlaybackControls
        playback={playback}
        duration={duration}
        canPlay={!!runs}
        compareWith={compareWith}
        onCompareWith={setCompareWith}
        share={{ scenario: check.scenario ? check.input : null, seed: check.seed }}
      />
      <p className={styles.status} role="status" aria-live="polite">
        {!check.scenario
          ? 'Fix the settings marked above to run the simulation. The timeline below shows the last valid run.'
          : running
            ? 'Simulating… Large fleets can take several seconds; changing a setting cancels the run.'
            : error || ms === null
              ? ''
              : `Simulated in ${Math.round(ms)} ms.`}
      </p>
      {error && (
        <p className={styles.fieldError} role="alert">
          {error}
        </p>
      )}

      {runs?.map((result, i) => (
        <section key={i} className={styles.run} aria-labelledby={`${id}-run-${i}`} data-testid={`sim-run-${i === 0 ? 'a' : 'b'}`}>
          <h3 id={`${id}-run-${i}`} className={styles.runTitle}>
            {titles[i]}
          </h3>
          <SimulatorTimeline
            result={result}
            view={view}
            onViewChange={setView}
            label={`Timeline: ${titles[i]}`}
            revealTo={playback.playHead}
            describedBy={`${id}-desc-${i}`}
            legend={i === runs.length - 1}
          />
          <RunSummary result={result} id={`${id}-desc-${i}`} playHead={playback.playHead} testId={`sim-${i === 0 ? 'a' : 'b'}`} />
        </section>
      ))}
    </div>
  );
}
