import { StoreFailureError, StoreSchemaError, UsageError } from '../core/errors.ts';
import { helpCommandOf, runCommand } from './commands.ts';

// A reader that stops early (`sitrep status | head`) closes the pipe: the rest of the output has nowhere to go, which
// is the reader's choice, not a failure, so the command ends quietly with the code it had, as `yes | head` does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Exit codes: 0 ok, 1 some inputs failed (the rest were done), 2 usage error or a store of another schema,
// 3 unexpected failure (a bug: the stack is printed), 4 the store cannot be used (read-only, disk full, damaged).
try {
  process.exitCode = await runCommand(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    // The help of the command that was run, where its options and examples are, not the list of commands.
    const command = helpCommandOf(process.argv.slice(2));
    console.error(
      command
        ? `sitrep: ${error.message}\nRun 'sitrep ${command} --help' for its options and examples.`
        : `sitrep: ${error.message}\nRun 'sitrep --help' for the commands.`,
    );
    process.exitCode = 2;
  } else if (error instanceof StoreSchemaError) {
    // Not a mistake in the command line, and no stack: the message says which Sitrep or command the store needs.
    console.error(`sitrep: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof StoreFailureError) {
    // "cannot write night.db: the disk is full": the store and the cause, no stack (nothing of ours is broken).
    console.error(`sitrep: ${error.message}`);
    process.exitCode = 4;
  } else {
    console.error(`sitrep: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 3;
  }
}
