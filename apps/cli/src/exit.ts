/** Thrown by a command that has already printed its report and must end with a non-zero exit code. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
