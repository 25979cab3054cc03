/** Thrown by the mappers when Graph JSON lacks something Sharebot cannot act without. */
export class UnexpectedGraphResponse extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnexpectedGraphResponse';
  }
}
