import { useEffect, useRef, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import WhenVisible from '@site/src/components/WhenVisible';
import { LOAD_AT_ONCE } from './lazyPanels';
import { useOnScreen } from '@site/src/hooks/useOnScreen';
import { reportGuided } from '@site/src/hooks/usePlaygroundSession';
import styles from './styles.module.css';

/** Step 3: the last token opens in the inspector; the guided run counts it once it is on screen. */
export default function InspectSection({ token }: { token: string | undefined }): ReactNode {
  const view = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(view);
  useEffect(() => {
    if (onScreen && token) reportGuided({ type: 'token-inspected' });
  }, [onScreen, token]);
  return (
    <section className={styles.section} aria-labelledby="inspect-heading">
      <Heading as="h2" id="inspect-heading">
        3. Inspect the token
      </Heading>
      <p>
        Each token the mock issues opens here; you can also paste any other token. Read more in{' '}
        <Link to="/docs/access-tokens">Access tokens</Link>.
      </p>
      <div ref={view}>
        <WhenVisible label="the token inspector" minHeight="24rem" eagerHash={LOAD_AT_ONCE} load={() => import('@site/src/components/TokenInspector')} props={{ token }} />
      </div>
    </section>
  );
}
