/** The answer to a click on a button Sharebot does not know, or one without its request id. */
export function unknownButtonReply(): string {
  return "I don't recognise that button. Please send your request again.";
}
