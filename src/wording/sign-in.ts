/** Text on the sign-in card. */
export function signInCardText(inChannel: boolean): string {
  return inChannel
    ? 'Sign in to Microsoft 365 as yourself so I can find and share files for you. Only the person who asked should use this button.'
    : 'Sign in to Microsoft 365 so I can find and share files for you.';
}

/** Title of the sign-in card's button. */
export const signInButtonTitle = 'Sign in';

/** Said once sign-in has completed. */
export function signedInReply(): string {
  return "You're signed in — send your request again.";
}

/** Said when a sign-in code could not be redeemed. */
export function signInFailedReply(): string {
  return "I couldn't finish signing you in. Nothing was shared. Send your request again and use the sign-in button.";
}
