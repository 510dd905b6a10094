// Runs the site's own TypeScript from a command-line tool, through Vite, so a report checks content
// with the build's code, not a copy of it.
import { createServer } from 'vite';

/**
 * Loads the given modules (paths from the project root) and passes them to `use`; closes Vite after.
 * @template T
 * @param {string[]} modules e.g. ['/src/catalog/translations.ts']
 * @param {(...loaded: Record<string, any>[]) => T | Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withTypeScript(modules, use) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true },
    appType: 'custom',
    // Nothing to pre-bundle: without this, Vite scans every HTML file it finds (built sites included).
    optimizeDeps: { noDiscovery: true, entries: [] },
  });
  try {
    return await use(...(await Promise.all(modules.map((module) => server.ssrLoadModule(module)))));
  } finally {
    await server.close();
  }
}
