// Whether the last words of a worker that died on its own were V8 giving up for lack of memory. Some memory
// bombs never reach isolated-vm's memoryLimit: V8 aborts the whole process first, from inside a builtin
// (`'ab'.repeat(2 ** 27).split('')` prints "Fatal JavaScript invalid size error 268435456" and traps).
// For the learner, that is their program using too much memory, not a crash of ours.
const memoryFatal = [
  /Fatal JavaScript invalid size error/,
  /Fatal (?:JavaScript|process) out of memory/,
  /JavaScript heap out of memory/,
  /Reached heap limit/,
];

export function isMemoryFatal(stderrTail: string): boolean {
  return memoryFatal.some((pattern) => pattern.test(stderrTail));
}
