/** A person, group or contact who can be shared with, as Sharebot shows it. */
export interface PersonInfo {
  kind: 'user' | 'group' | 'contact';
  /** Directory object id, when known. */
  id?: string;
  displayName: string;
  email?: string;
  userPrincipalName?: string;
  jobTitle?: string;
  department?: string;
  userType?: 'Member' | 'Guest';
}
