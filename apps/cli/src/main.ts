// `congdoan` — the same use cases as the API, from a terminal. One file per command in commands/.
import { Command } from 'commander';
import { auditCommand } from './commands/audit';
import { CliExit } from './exit';
import { dbCommand } from './commands/db-migrate';
import { seedCommand } from './commands/seed';
import { describeError, userCommand } from './commands/user';
import { memberCommand } from './commands/member';
import { rollupsCommand } from './commands/rollups';
import { indicatorsCommand } from './commands/indicators';

const program = new Command('congdoan')
  .description('Công Đoàn Số — công cụ dòng lệnh (command-line tool)')
  .showHelpAfterError()
  .exitOverride();

dbCommand(program);
userCommand(program);
seedCommand(program);
auditCommand(program);
memberCommand(program);
rollupsCommand(program);
indicatorsCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliExit) process.exit(error.exitCode);
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exit(0);
  if (typeof code === 'string' && code.startsWith('commander.')) process.exit(2);
  console.error(describeError(error));
  process.exit(1);
}
