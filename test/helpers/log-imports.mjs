// Loaded with `node --import` in a child process: appends the URL of every module loaded to $SITREP_IMPORT_LOG,
// so a test can prove that a command never loaded the extraction stage.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(process.env.SITREP_IMPORT_LOG, url + '\\n');
      return next(url, context);
    }`)}`,
);
