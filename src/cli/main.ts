import { UsageError } from '../core/errors.ts';
import { runCommand } from './commands.ts';

// Exit codes: 0 ok, 1 some inputs failed (the rest were done), 2 usage error, 3 unexpected failure.
try {
  process.exitCode = await runCommand(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`sitrep: ${error.message}\nRun 'sitrep --help' for usage.`);
    process.exitCode = 2;
  } else {
    console.error(`sitrep: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 3;
  }
}
