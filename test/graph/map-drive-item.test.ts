import assert from 'node:assert/strict';
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import type { DriveItemInfo } from '../../src/domain/item';
import { toDriveItemInfo, toDriveItemList, UnexpectedGraphResponse } from '../../src/graph/json-mappers';
import { odbFile, odbSearchHit, remoteHit } from './helpers/graph-json-samples';

describe('toDriveItemInfo', () => {
  const cases: [string, object, DriveItemInfo][] = [
    [
      'an ODB file with a parent path',
      odbFile,
      {
        driveId: 'b!driveAna',
        id: '01ABCFILE',
        name: 'report.xlsx',
        webUrl: odbFile.webUrl,
        kind: 'file',
        size: 24576,
        lastModifiedDateTime: '2026-03-02T10:15:00Z',
        lastModifiedByName: 'Ana Lima',
        folderPath: '/Reports',
        parentId: '01PARENT',
        driveType: 'business',
      },
    ],
    [
      'an ODB search hit without parentReference.path (folder left undefined)',
      odbSearchHit,
      {
        driveId: 'b!driveAna',
        id: '01HIT',
        name: 'Budget 2026.docx',
        webUrl: odbSearchHit.webUrl,
        kind: 'file',
        parentId: '01PARENT',
        driveType: 'business',
      },
    ],
    [
      'a remoteItem hit, mapped to the remote drive and item',
      remoteHit,
      {
        driveId: 'b!driveBo',
        id: '01REMOTEITEM',
        name: 'Plan.pptx',
        webUrl: remoteHit.remoteItem.webUrl,
        kind: 'file',
        size: 1048576,
        lastModifiedByName: 'Bo Chen',
        folderPath: '/Shared',
        parentId: '01BOFOLDER',
        driveType: 'business',
        remote: true,
      },
    ],
    [
      'a drive root',
      {
        id: 'root-id',
        name: 'root',
        webUrl: 'https://x/Documents',
        root: {},
        folder: { childCount: 3 },
        parentReference: { driveId: 'b!d', driveType: 'business' },
      },
      {
        driveId: 'b!d',
        id: 'root-id',
        name: 'root',
        webUrl: 'https://x/Documents',
        kind: 'folder',
        driveType: 'business',
        isRoot: true,
      },
    ],
    [
      'a special folder',
      {
        id: 'docs',
        name: 'Documents',
        webUrl: 'https://x/d',
        folder: { childCount: 0 },
        specialFolder: { name: 'documents' },
        parentReference: { driveId: 'd1', driveType: 'personal', path: '/drive/root:' },
      },
      {
        driveId: 'd1',
        id: 'docs',
        name: 'Documents',
        webUrl: 'https://x/d',
        kind: 'folder',
        folderPath: '/',
        driveType: 'personal',
        specialFolder: 'documents',
      },
    ],
  ];
  for (const [what, json, expected] of cases) {
    it(`maps ${what}`, () => {
      assert.deepEqual(toDriveItemInfo(json as DriveItem), expected);
    });
  }

  it('uses the addressed drive when Graph leaves parentReference out', () => {
    const info = toDriveItemInfo(
      { id: 'i1', name: 'a.txt', webUrl: 'https://x/a.txt', file: {} },
      { driveId: 'd9' },
    );
    assert.equal(info.driveId, 'd9');
  });

  it('records the share id of an item reached through a sharing link', () => {
    assert.equal(toDriveItemInfo(odbFile as DriveItem, { shareId: 'u!abc' }).shareId, 'u!abc');
  });

  it('refuses an item it could not address', () => {
    assert.throws(() => toDriveItemInfo({ id: 'i1', name: 'a.txt' }), UnexpectedGraphResponse);
  });

  it('drops unaddressable entries from a list instead of failing the list', () => {
    const items = toDriveItemList({ value: [odbSearchHit, { id: 'orphan', name: 'x' }, remoteHit] });
    assert.deepEqual(
      items.map((item) => item.id),
      ['01HIT', '01REMOTEITEM'],
    );
  });
});
