import {
  BlobServiceClient,
  type ContainerClient,
  RestError,
  type StoragePipelineOptions,
  StorageRetryPolicyType,
} from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';

/**
 * The Storage the Teams SSO middleware de-duplicates token exchanges in, on Azure Blob storage.
 * The middleware writes a new key carrying the exchange id as its eTag and expects the first write
 * to succeed and every repeat to fail with an eTag conflict. BlobsStorage sends that eTag as
 * If-Match, which a blob that does not exist yet refuses, so every exchange would look like a
 * duplicate (https://github.com/microsoft/botbuilder-dotnet/issues/6861). Here a write with an
 * eTag creates the blob with If-None-Match: * instead: exactly one instance wins, the rest get the
 * conflict (https://learn.microsoft.com/rest/api/storageservices/specifying-conditional-headers-for-blob-service-operations).
 */
export class CreateOnceBlobStorage implements Storage {
  private readonly container: ContainerClient;
  private ready?: Promise<unknown>;

  constructor(
    connectionString: string,
    containerName: string,
    retry: StoragePipelineOptions['retryOptions'],
  ) {
    const service = BlobServiceClient.fromConnectionString(connectionString, {
      retryOptions: { retryPolicyType: StorageRetryPolicyType.EXPONENTIAL, ...retry },
    });
    this.container = service.getContainerClient(containerName);
  }

  /** Reads the items that exist. */
  async read(keys: string[]): Promise<StoreItems> {
    await this.ensureContainer();
    const items: StoreItems = {};
    for (const key of keys) {
      try {
        const body = await this.blob(key).downloadToBuffer();
        items[key] = JSON.parse(body.toString('utf8'));
      } catch (error) {
        if (!(error instanceof RestError && error.statusCode === 404)) throw error;
      }
    }
    return items;
  }

  /** Creates each item once when it carries an eTag (a conflict when it exists); '*' or none overwrites. */
  async write(changes: StoreItems): Promise<void> {
    await this.ensureContainer();
    for (const [key, item] of Object.entries(changes)) {
      const body = JSON.stringify(item);
      const createOnly = typeof item?.eTag === 'string' && item.eTag !== '*';
      try {
        await this.blob(key).upload(body, Buffer.byteLength(body), {
          conditions: createOnly ? { ifNoneMatch: '*' } : {},
          blobHTTPHeaders: { blobContentType: 'application/json' },
        });
      } catch (error) {
        if (error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412)) {
          throw Object.assign(new Error(`Storage: error writing "${key}" due to eTag conflict.`), {
            statusCode: 412,
          });
        }
        throw error;
      }
    }
  }

  /** Deletes the items that exist. */
  async delete(keys: string[]): Promise<void> {
    await this.ensureContainer();
    for (const key of keys) await this.blob(key).deleteIfExists();
  }

  private blob(key: string) {
    return this.container.getBlockBlobClient(`sso-token-exchange/${encodeURIComponent(key)}`);
  }

  private async ensureContainer(): Promise<void> {
    // A failed first attempt is not kept, so storage that comes back later works again.
    this.ready ??= this.container.createIfNotExists().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    await this.ready;
  }
}
