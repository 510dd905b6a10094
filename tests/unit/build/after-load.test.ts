import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { afterLoadScripts } from '../../../src/build/after-load.mjs';

const ROOT = '/site';
const MODULE = `${ROOT}/src/scripts/section-progress.ts`;

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** A resolved Vite config, reduced to what the plugin reads. */
interface ConfigSubset {
  command: ResolvedConfig['command'];
  base?: string;
  build?: { ssr?: boolean };
}

/** The plugin with a resolved config, and its hooks callable with a stand-in Rollup context. */
function plugin(config: ConfigSubset) {
  const instance = afterLoadScripts();
  (instance.configResolved as Hook).call(null, { root: ROOT, base: '/', build: {}, ...config });
  const emitted: unknown[] = [];
  const context = {
    emitFile: (file: unknown) => {
      emitted.push(file);
      return 'ref1';
    },
    resolve: async (source: string) =>
      source.startsWith('./') ? { id: `${ROOT}/src/scripts/${source.slice(2)}.ts` } : null,
  };
  const call = (hook: keyof typeof instance, ...args: unknown[]) => (instance[hook] as Hook).call(context, ...args);
  return { call, emitted };
}

describe('the after-load plugin', () => {
  it('resolves `?after-load` imports to its own module and leaves other imports alone', async () => {
    const { call } = plugin({ command: 'build' });
    expect(await call('resolveId', './section-progress?after-load', `${ROOT}/src/pages/x.astro`)).toBe(
      `\0after-load:${MODULE}`,
    );
    expect(await call('resolveId', './section-progress', `${ROOT}/src/pages/x.astro`)).toBeNull();
    await expect(call('resolveId', 'missing?after-load', `${ROOT}/src/pages/x.astro`)).rejects.toThrow(
      /cannot find missing\?after-load/,
    );
  });

  it('in the client build emits the module as a chunk and loads it by its URL from the base, after load and paint', () => {
    const { call, emitted } = plugin({ command: 'build', base: '/gl/' });
    const code = String(call('load', `\0after-load:${MODULE}`));
    expect(emitted).toEqual([{ type: 'chunk', id: MODULE }]);
    expect(code).toContain('import.meta.ROLLUP_FILE_URL_ref1');
    expect(code).toMatch(/addEventListener\('load'/);
    expect(code).toMatch(/requestAnimationFrame/);
    // The URL is the chunk's from the site's base, not relative to the (inlined) importer.
    expect(call('resolveFileUrl', { referenceId: 'ref1', fileName: '_astro/section-progress.abc.js' })).toBe(
      '"/gl/_astro/section-progress.abc.js"',
    );
    expect(call('resolveFileUrl', { referenceId: 'other', fileName: 'x.js' })).toBeNull();
  });

  it('in dev loads the source file, which Vite serves; the server build emits nothing', () => {
    const dev = plugin({ command: 'serve' });
    expect(String(dev.call('load', `\0after-load:${MODULE}`))).toContain(
      'const url = "/src/scripts/section-progress.ts"',
    );
    expect(dev.emitted).toEqual([]);

    const server = plugin({ command: 'build', build: { ssr: true } });
    expect(String(server.call('load', `\0after-load:${MODULE}`))).not.toContain('import(');
    expect(server.emitted).toEqual([]);
    expect(server.call('load', MODULE)).toBeNull();
  });
});
