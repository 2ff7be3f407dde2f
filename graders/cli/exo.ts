// The teacher's command line: `npm run exo -- <command> …`.

import { courseCommand, courseUsage } from '../../server/cli/course-command.ts';
import { regradeCommand, regradeUsage } from '../../server/cli/regrade-command.ts';
import { teacherCommand, teacherUsage } from '../../server/cli/teacher-command.ts';
import { codecastCommand, codecastUsage } from './codecast-command.ts';
import { checkCommand, checkUsage } from './commands/check.ts';
import { gradeCommand, gradeUsage } from './commands/grade.ts';
import { newCommand, newUsage } from './commands/new.ts';
import { schemaCommand } from './commands/schema.ts';
import { UsageError } from './usage-error.ts';

type Command = (argv: string[], out: (text: string) => void) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
  check: { run: checkCommand, usage: checkUsage },
  grade: { run: gradeCommand, usage: gradeUsage },
  new: { run: newCommand, usage: newUsage },
  schema: { run: schemaCommand, usage: 'exo schema' },
  regrade: { run: regradeCommand, usage: regradeUsage },
  teacher: { run: teacherCommand, usage: teacherUsage },
  course: { run: courseCommand, usage: courseUsage },
  codecast: { run: codecastCommand, usage: codecastUsage },
};

function usage(): string {
  return ['usage:', ...Object.values(commands).map((command) => `  ${command.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== '--help' ? `unknown command: ${name}\n${usage()}` : usage());
    return name === '--help' ? 0 : 2;
  }
  try {
    return await command.run(rest, (text) => console.log(text));
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
