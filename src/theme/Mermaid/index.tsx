import { useEffect, useRef, useState, type ReactNode } from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type { WrapperProps } from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

/**
 * Draws a Mermaid diagram only when it comes near the screen. Mermaid is the heaviest library a
 * guide page can pull in (about 190 KB of gzipped JS for a sequence diagram) and drawing takes
 * long main-thread tasks; a reader who never scrolls to the diagram pays for neither, and the
 * page is interactive sooner. The placeholder keeps about the diagram's height so that the page
 * does not jump when it is drawn.
 */
export default function LazyMermaid(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '100px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (near) return <Mermaid {...props} />;
  return (
    <div ref={ref} className={styles.placeholder} data-mermaid-placeholder="">
      <p className={styles.note}>The diagram is drawn when you scroll to it.</p>
    </div>
  );
}
