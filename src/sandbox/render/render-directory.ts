import type { GroupEntity, UserEntity } from '../model/entities';

/** The default property set of a user (docs/graph-notes.md §4.2). */
export const defaultUserProperties = [
  'businessPhones',
  'displayName',
  'givenName',
  'id',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
];

/** Every property of a user; callers trim to `$select` or the default set. */
export function renderUser(u: UserEntity): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName,
    id: u.id,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: u.officeLocation,
    preferredLanguage: null,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    department: u.department,
    userType: u.userType,
    mailNickname: u.mailNickname,
    accountEnabled: true,
  };
}

/** A group as Graph returns it. */
export function renderGroup(g: GroupEntity): Record<string, unknown> {
  return {
    ...groupDefaultsTheTenantFileOmits,
    id: g.id,
    description: g.description,
    displayName: g.displayName,
    groupTypes: g.mail ? ['Unified'] : [],
    mail: g.mail,
    mailEnabled: g.mail !== null,
    mailNickname: g.mailNickname,
    securityEnabled: g.mail === null,
    visibility: 'Private',
  };
}

/**
 * The rest of Graph's default group properties that the v1.0 model has, empty because the tenant
 * file says nothing about them: https://learn.microsoft.com/en-us/graph/api/group-get
 */
const groupDefaultsTheTenantFileOmits: Record<string, unknown> = {
  deletedDateTime: null,
  classification: null,
  createdDateTime: null,
  expirationDateTime: null,
  isAssignableToRole: null,
  membershipRule: null,
  membershipRuleProcessingState: null,
  onPremisesDomainName: null,
  onPremisesLastSyncDateTime: null,
  onPremisesNetBiosName: null,
  onPremisesSamAccountName: null,
  onPremisesSecurityIdentifier: null,
  onPremisesSyncEnabled: null,
  preferredDataLocation: null,
  preferredLanguage: null,
  proxyAddresses: [],
  renewedDateTime: null,
  securityIdentifier: null,
  theme: null,
  onPremisesProvisioningErrors: [],
  serviceProvisioningErrors: [],
};

/** A user as a `person` of `/me/people`: no `mail`, but `scoredEmailAddresses` (docs/graph-notes.md §4.1). */
export function renderUserPerson(u: UserEntity, score: number): Record<string, unknown> {
  return {
    id: u.id,
    displayName: u.displayName,
    givenName: u.givenName,
    surname: u.surname,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: u.jobTitle,
    companyName: null,
    yomiCompany: '',
    department: u.department,
    officeLocation: u.officeLocation,
    profession: '',
    userPrincipalName: u.userPrincipalName,
    imAddress: `sip:${(u.mail ?? u.userPrincipalName).toLowerCase()}`,
    scoredEmailAddresses:
      u.mail || u.userPrincipalName
        ? [
            {
              address: u.mail ?? u.userPrincipalName,
              relevanceScore: score,
              selectionLikelihood: 'notSpecified',
            },
          ]
        : [],
    phones: [],
    postalAddresses: [],
    websites: [],
    personType: {
      class: 'Person',
      subclass: u.userType === 'Guest' ? 'ImplicitContact' : 'OrganizationUser',
    },
  };
}

/** A group as a `person` of `/me/people` (personType Group/UnifiedGroup). */
export function renderGroupPerson(g: GroupEntity, score: number): Record<string, unknown> {
  return {
    id: g.id,
    displayName: g.displayName,
    givenName: null,
    surname: null,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: null,
    companyName: null,
    yomiCompany: '',
    department: null,
    officeLocation: null,
    profession: '',
    userPrincipalName: '',
    imAddress: null,
    scoredEmailAddresses: g.mail
      ? [{ address: g.mail, relevanceScore: score, selectionLikelihood: 'notSpecified' }]
      : [],
    phones: [],
    postalAddresses: [],
    websites: [],
    personType: { class: 'Group', subclass: g.mail ? 'UnifiedGroup' : 'PublicDistributionList' },
  };
}
