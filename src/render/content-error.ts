/** A mistake in a content file. The message names the file (and line, when known) so an author can fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ContentError';
  }
}
