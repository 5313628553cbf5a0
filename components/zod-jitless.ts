/**
 * Zod 4 compiles its object parsers with `new Function` when it can, and probes for that with a
 * `new Function` call in a try/catch. The app's Content-Security-Policy has no 'unsafe-eval', so
 * the compile is refused anyway and the probe only reports a CSP violation. Turning the JIT off
 * before any schema is built skips the probe; parsing is the same, by zod's interpreter.
 *
 * Why the global and not `z.config({ jitless: true })`: importing zod's config here would put about
 * 5 KB of zod in the planner's first-load JS. Zod (pinned, 4.6.7) keeps its config object in
 * `globalThis.__zod_globalConfig` and reuses one that exists; tests/browser/headers.spec.ts fails
 * on any CSP violation, so a zod upgrade that changes this is caught.
 *
 * Imported first, for its effect, by the modules that load the schemas (engine.ts, case-storage.ts,
 * letter-use-letter.tsx).
 */
const host = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
host.__zod_globalConfig ??= {};
host.__zod_globalConfig.jitless = true;

export {};
