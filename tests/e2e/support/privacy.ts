import { expect, type Page } from '@playwright/test';

/**
 * Looks everywhere a page could have kept a secret behind the user's back: Web Storage,
 * IndexedDB, cookies and the URL. The console is covered by the fixture's console log.
 */
export async function expectSecretNowhere(page: Page, secret: string, consoleLines: string[] = []): Promise<void> {
  expect(secret.length, 'the secret to look for must be non-trivial').toBeGreaterThan(8);
  const stored = await page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key)}`;
      }).join('\n');
    const idb: string[] = [];
    if ('databases' in indexedDB) {
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const storeName of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve) => {
            const req = db.transaction(storeName).objectStore(storeName).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => resolve([]);
          });
          idb.push(JSON.stringify(all));
        }
        db.close();
      }
    }
    return { local: dump(localStorage), session: dump(sessionStorage), idb: idb.join('\n'), cookie: document.cookie };
  });
  const cookies = JSON.stringify(await page.context().cookies());
  expect(stored.local, 'localStorage').not.toContain(secret);
  expect(stored.session, 'sessionStorage').not.toContain(secret);
  expect(stored.idb, 'IndexedDB').not.toContain(secret);
  expect(stored.cookie + cookies, 'cookies').not.toContain(secret);
  expect(decodeURIComponent(page.url()), 'URL').not.toContain(secret);
  expect(consoleLines.join('\n'), 'console').not.toContain(secret);
}
