import { cliWords } from '../locales/words.js';
import { EXIT, processIo } from './io.js';
import { cliLanguage } from './language.js';
import { run } from './run.js';

const words = cliWords(cliLanguage(process.argv.slice(2), process.env)).usage;

// Ctrl-C: stop at once with the conventional code, without a stack trace.
process.on('SIGINT', () => {
  process.stderr.write(`\neffektkedja: ${words.interrupted}\n`);
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
    process.stderr.write(`effektkedja: ${words.internalError}\n${String(error)}\n`);
    process.exitCode = 70;
  },
);
