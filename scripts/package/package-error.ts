/** A packaging failure whose message is one line written for people; printed without a stack trace. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
}
