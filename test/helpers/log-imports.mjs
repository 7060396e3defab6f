// Loaded with `node --import` in a child process: appends the URL of every module loaded to $SITREP_IMPORT_LOG,
// so a test can prove that a command never loaded the extraction stage. A module loaded through `require` (tinyld's
// CommonJS build, src/ingest/lang.ts) passes no ES module hook on Node 20, so the CommonJS cache is listed too, when
// the process exits.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(process.env.SITREP_IMPORT_LOG, url + '\\n');
      return next(url, context);
    }`)}`,
);

process.on('exit', () => {
  const required = Object.keys(Module._cache).map((file) => `${pathToFileURL(file).href}\n`);
  appendFileSync(process.env.SITREP_IMPORT_LOG, required.join(''));
});
