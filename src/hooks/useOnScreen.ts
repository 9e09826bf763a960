import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element's top part is on screen (in the upper 60 % of the viewport): the reader
 * is looking at it, not merely scrolling past its last line.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting), { rootMargin: '0px 0px -40% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
