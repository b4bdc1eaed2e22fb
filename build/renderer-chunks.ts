/**
 * How the renderer bundle is cut, shared by the Electron build and the plain-browser build (tests,
 * benchmarks). Screens other than the response list are lazy (app/route-screens.tsx). What the
 * first screen needs comes in a few chunks: the large libraries one each (react, react-router, dexie, zod, i18next, the virtual list) (so no chunk passes
 * Vite's 500 kB warning) and the rest of what `main.tsx` reaches by static imports as one `app`
 * chunk, rather than two dozen small chunks shared with the lazy screens (each one more request
 * through `app://` before the list can draw). A library only a lazy screen uses (recharts) stays
 * with that screen.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

const library = (...names: string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](${names.join('|')})[\\\\/]`);
const ENTRY = /[\\/]renderer[\\/]src[\\/]main\.tsx$/;

/** Whether `main.tsx` reaches the module through static imports alone (it loads with the first screen). */
function atStartup(id: string, graph: ModuleGraph, known: Map<string, boolean>): boolean {
  const cached = known.get(id);
  if (cached !== undefined) return cached;
  const seen = new Set([id]);
  const queue = [id];
  let found = false;
  while (queue.length > 0 && !found) {
    const next = queue.pop() as string;
    if (ENTRY.test(next) || known.get(next) === true) found = true;
    for (const importer of graph.getModuleInfo(next)?.importers ?? []) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  known.set(id, found);
  return found;
}

export function rendererCodeSplitting() {
  const known = new Map<string, boolean>();
  return {
    groups: [
      { name: 'react', test: library('react', 'react-dom', 'scheduler'), priority: 2 },
      { name: 'react-router', test: library('react-router'), priority: 2 },
      { name: 'dexie', test: library('dexie'), priority: 2 },
      { name: 'i18next', test: library('i18next', 'react-i18next'), priority: 2 },
      { name: 'virtual', test: library('@tanstack[\\\\/]virtual-core', '@tanstack[\\\\/]react-virtual'), priority: 2 },
      // zod with the module that makes it jitless: a chunk runs whole before the chunks that import
      // it, so no schema is built before the setting (one built earlier would probe `new Function`,
      // which the CSP refuses).
      { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]src[\\/]zod-config\.ts$/, priority: 2 },
      { name: (id: string, graph: ModuleGraph) => (atStartup(id, graph, known) ? 'app' : null), priority: 1 },
    ],
  };
}
