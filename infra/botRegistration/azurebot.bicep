// The Azure Bot: single-tenant identity, the Microsoft Teams channel, and the OAuth connection
// that Teams SSO exchanges tokens through (docs/deployment.md §3;
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/authentication/bot-sso-register-aad).

@maxLength(20)
@minLength(4)
param resourceBaseName string

param botAadAppClientId string

@secure()
param botAadAppClientSecret string

param botAadAppTenantId string

@description('Host name (no scheme) that serves /api/messages: the web app, or a dev tunnel locally.')
param botAppDomain string

param botDisplayName string = 'Sharebot'

param oauthConnectionName string = 'graph'

@description('Delegated Graph scopes, space-separated.')
param graphScopes string

param botServiceSku string = 'F0'

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  // Global data residency: a regional bot needs a regional token service URL Sharebot does not set.
  location: 'global'
  name: resourceBaseName
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: botAadAppClientId
    msaAppTenantId: botAadAppTenantId
    msaAppType: 'SingleTenant'
  }
  sku: { name: botServiceSku }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: { channelName: 'MsTeamsChannel' }
}

// "Azure Active Directory v2" provider; the Token Exchange URL must equal the Application ID URI
// and the manifest's webApplicationInfo.resource, or silent sign-in answers 412 (docs/teams-notes.md §T8).
resource graphConnection 'Microsoft.BotService/botServices/connections@2022-09-15' = {
  parent: botService
  location: 'global'
  name: oauthConnectionName
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: botAadAppClientId
    clientSecret: botAadAppClientSecret
    scopes: graphScopes
    parameters: [
      { key: 'tenantID', value: botAadAppTenantId }
      { key: 'tokenExchangeUrl', value: 'api://${botAppDomain}/botid-${botAadAppClientId}' }
    ]
  }
}
