/** A JWT-shaped Graph access token for tests: readable claims, no valid signature. */
export function fakeGraphToken(claims: { oid: string; tid: string; name?: string; exp?: number }): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256' })}.${part({ aud: 'https://graph.microsoft.com', scp: 'Files.ReadWrite.All People.Read User.ReadBasic.All', ...claims })}.c2lnbmF0dXJl`;
}
