// Sharebot in Azure (m365agents.yml, arm/deploy; docs/deployment.md): an App Service plan and a
// Node 20 web app, the Azure Bot with its Teams channel and Graph OAuth connection
// (botRegistration/azurebot.bicep), and a storage account whose blob container holds the state
// that every instance shares (STORAGE=blob, docs/scaling.md).

@maxLength(20)
@minLength(4)
@description('Prefix of every resource name.')
param resourceBaseName string

@description('The Entra app (client) id: the bot identity and the OAuth connection client.')
param botAadAppClientId string

@secure()
@description('The Entra app client secret.')
param botAadAppClientSecret string

@description('The directory (tenant) id of the single-tenant app.')
param botAadAppTenantId string

@description('Name of the OAuth connection on the Azure Bot (OAUTH_CONNECTION_NAME).')
param oauthConnectionName string = 'graph'

@description('Delegated Graph scopes of the OAuth connection, space-separated (docs/deployment.md §2).')
param graphScopes string

@description('App Service plan SKU.')
param webAppSku string = 'B1'

@description('Display name of the Azure Bot.')
param botDisplayName string = 'Sharebot'

param location string = resourceGroup().location

var planName = '${resourceBaseName}-plan'
var webAppName = '${resourceBaseName}-app'
var stateContainer = 'sharebot-state'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${uniqueString(resourceGroup().id, resourceBaseName)}'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateBlobContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainer
  properties: { publicAccess: 'None' }
}

// BlobsStorage cannot expire records itself: delete blobs two days after their last change
// (docs/scaling.md; https://learn.microsoft.com/azure/storage/blobs/lifecycle-management-overview).
resource stateLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-old-sharebot-state'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainer}/'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 2 } } }
          }
        }
      ]
    }
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      ftpsState: 'FtpsOnly'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~20' }
        { name: 'GRAPH_MODE', value: 'graph' }
        { name: 'MicrosoftAppId', value: botAadAppClientId }
        { name: 'MicrosoftAppPassword', value: botAadAppClientSecret }
        { name: 'MicrosoftAppTenantId', value: botAadAppTenantId }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'OAUTH_CONNECTION_NAME', value: oauthConnectionName }
        // App Service forwards HTTPS to the PORT it sets; listen on every interface of the container.
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'PLAYGROUND', value: 'off' }
        { name: 'STORAGE', value: 'blob' }
        {
          name: 'BLOB_CONNECTION_STRING'
          value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
        }
        { name: 'BLOB_CONTAINER', value: stateContainer }
        { name: 'LOG_FORMAT', value: 'json' }
      ]
    }
  }
}

module azureBot './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botAadAppClientId: botAadAppClientId
    botAadAppClientSecret: botAadAppClientSecret
    botAadAppTenantId: botAadAppTenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
    oauthConnectionName: oauthConnectionName
    graphScopes: graphScopes
  }
}

// Written to env/.env.<env> by arm/deploy: the deploy target and the manifest's ${{BOT_DOMAIN}}.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
