import { lazy, Suspense, type ReactNode } from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import type { SimulatorAppProps } from './SimulatorApp';

// The engine, the timeline and d3-scale load only where a simulator is shown.
const SimulatorApp = lazy(() => import('./SimulatorApp'));

const loading = <p>Loading the simulator…</p>;

/** The token cache and rate-limit simulator, for pages and MDX. */
export default function Simulator(props: SimulatorAppProps): ReactNode {
  return (
    <div id="simulator">
      <BrowserOnly fallback={loading}>
        {() => (
          <Suspense fallback={loading}>
            <SimulatorApp {...props} />
          </Suspense>
        )}
      </BrowserOnly>
    </div>
  );
}
