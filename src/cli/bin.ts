import { EXIT, processIo } from './io.js';
import { run } from './run.js';

// Ctrl-C: stop at once with the conventional code, without a stack trace.
process.on('SIGINT', () => {
  process.stderr.write('\neffektkedja: avbrutet (interrupted)\n');
  process.exit(EXIT.interrupted);
});

// A closed pipe (`effektkedja schema | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`effektkedja: internal error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
