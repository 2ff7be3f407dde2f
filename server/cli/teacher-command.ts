// `exo teacher add <name> [--admin] [--password-stdin]`: creates a teacher in the server's database (the
// DATABASE_FILE of the environment). The password is asked twice without echo, or read from stdin for
// scripts: never from the command line, where it would stay in the shell history and `ps`.
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { UsageError } from '../../graders/cli/usage-error.ts';
import { addTeacher, minPasswordLength, TeacherExistsError } from '../auth/teachers.ts';
import { openDatabase } from '../db/open-database.ts';
import { readEnv } from '../env.ts';
import { promptHidden } from './prompt-hidden.ts';

export const teacherUsage = 'exo teacher add <name> [--admin] [--password-stdin]';

export async function teacherCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { admin: { type: 'boolean' }, 'password-stdin': { type: 'boolean' } },
  });
  const [action, name, ...extra] = positionals;
  if (action !== 'add' || !name || extra.length > 0) throw new UsageError(teacherUsage);
  if (!/^[\p{L}\p{N}._@-]{1,100}$/u.test(name)) {
    throw new UsageError('A name is 1 to 100 letters, digits, dots, dashes, underscores or @.');
  }

  let password: string;
  if (values['password-stdin']) {
    password = (await text(process.stdin)).replace(/\r?\n$/, '');
  } else if (process.stdin.isTTY) {
    password = await promptHidden('Password: ');
    if ((await promptHidden('Again: ')) !== password) throw new UsageError('The two passwords differ.');
  } else {
    throw new UsageError('No terminal to ask the password on: pipe it with --password-stdin.');
  }
  if (password.length < minPasswordLength) {
    throw new UsageError(`A password has at least ${minPasswordLength} characters.`);
  }

  const settings = readEnv();
  const db = openDatabase(settings.databaseFile);
  try {
    await addTeacher(db, { name, password, role: values.admin ? 'admin' : 'teacher', now: Date.now() });
  } catch (error) {
    if (error instanceof TeacherExistsError) throw new UsageError(error.message);
    throw error;
  } finally {
    db.$client.close();
  }
  out(`${values.admin ? 'admin' : 'teacher'} "${name}" added to ${settings.databaseFile}`);
  return 0;
}
