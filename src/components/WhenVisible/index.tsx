import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface WhenVisibleProps<P extends object> {
  /** The widget's module, imported only when it is needed: its code is a chunk of its own. */
  load: () => Promise<{ default: ComponentType<P> }>;
  props?: P;
  /** What the reader is waiting for, e.g. "the token inspector". */
  label: string;
  /** About the widget's height, reserved so the page does not jump when it arrives. */
  minHeight: string;
  /** Load at once when the page address asks for the widget (e.g. a share link's `#token=`). */
  eagerHash?: RegExp;
}

/**
 * A guide page's widget, loaded and drawn when the reader scrolls near it rather than with the
 * page: a reader who only reads pays nothing for it, and the page is interactive sooner. It starts
 * some way below the viewport, so it is usually ready by the time it scrolls into view.
 */
/**
 * Widgets already loaded in this page's life, by label: drawn at once when their section mounts
 * again (the playground's Reset, a client-side visit back to a page), with no placeholder between.
 */
const loaded = new Map<string, ComponentType<never>>();

export default function WhenVisible<P extends object>({ load, props, label, minHeight, eagerHash }: WhenVisibleProps<P>): ReactNode {
  const [Widget, setWidget] = useState<ComponentType<P> | null>(() => (loaded.get(label) as ComponentType<P> | undefined) ?? null);
  const [failed, setFailed] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  const loadRef = useRef(load);

  useEffect(() => {
    const ready = loaded.get(label);
    if (ready) {
      // Loaded meanwhile by an earlier run of this effect whose answer came after its cleanup.
      setWidget(() => ready as ComponentType<P>);
      return undefined;
    }
    let cancelled = false;
    const start = () => {
      loadRef.current().then(
        (module) => {
          loaded.set(label, module.default as ComponentType<never>);
          if (!cancelled) setWidget(() => module.default);
        },
        () => !cancelled && setFailed(true),
      );
    };
    if (eagerHash?.test(window.location.hash) || typeof IntersectionObserver === 'undefined') {
      start();
      return () => void (cancelled = true);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { rootMargin: '600px 0px' },
    );
    if (placeholder.current) observer.observe(placeholder.current);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [eagerHash, label]);

  if (Widget) return <Widget {...(props as P)} />;
  return (
    <div ref={placeholder} className={styles.placeholder} style={{ minHeight }} data-testid="widget-placeholder">
      <p role={failed ? 'alert' : 'status'}>
        {failed ? `Could not load ${label}: reload the page to try again.` : `Loading ${label}…`}
      </p>
    </div>
  );
}
