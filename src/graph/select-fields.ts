/**
 * `$select` lists: only what the cards and flows use (graph-contract §3.4 suggested select, minus
 * `shared`/`createdBy` which nothing shows, plus `root`/`specialFolder` which guard the flows).
 */

/** Drive item fields for confirmation cards. */
export const DRIVE_ITEM_SELECT =
  'id,name,size,webUrl,parentReference,lastModifiedDateTime,lastModifiedBy,file,folder,remoteItem,root,specialFolder';

/** Relevance-ranked person fields; `/me/people` has no `mail` (graph-contract §4.1). */
export const PERSON_SELECT =
  'id,displayName,givenName,surname,userPrincipalName,scoredEmailAddresses,personType,jobTitle,department';

/** Directory user fields; `userType` is not in the default set (graph-contract §4.2). */
export const USER_SELECT = 'id,displayName,mail,userPrincipalName,userType,jobTitle,department';

/** Group fields a recipient choice shows. */
export const GROUP_SELECT = 'id,displayName,mail';

/** Permission fields PermissionInfo is read from. */
export const PERMISSION_SELECT =
  'id,roles,link,invitation,grantedTo,grantedToV2,inheritedFrom,expirationDateTime';
