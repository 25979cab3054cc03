import type { DriveItemInfo } from './item';

/** The kind of file a word names ("the induction slides", "the budget sheet", "the logo picture"). */
export type FileKind = 'presentation' | 'spreadsheet' | 'document' | 'pdf' | 'image' | 'file';

/** File extensions of each kind; "file" is any file. A word for documents also covers PDFs. */
const EXTENSIONS: Readonly<Record<Exclude<FileKind, 'file'>, ReadonlySet<string>>> = {
  presentation: new Set(['pptx', 'ppt', 'pptm', 'ppsx', 'pps', 'potx', 'odp', 'key']),
  spreadsheet: new Set(['xlsx', 'xls', 'xlsm', 'xlsb', 'csv', 'ods', 'numbers']),
  document: new Set(['docx', 'doc', 'docm', 'dotx', 'odt', 'rtf', 'txt', 'md', 'pages', 'pdf']),
  pdf: new Set(['pdf']),
  image: new Set(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'webp', 'svg']),
};

/** True when an item is a file of the kind; a folder never is. */
export function isOfKind(item: DriveItemInfo, kind: FileKind): boolean {
  if (item.kind === 'folder') return false;
  if (kind === 'file') return true;
  const dot = item.name.lastIndexOf('.');
  return dot > 0 && EXTENSIONS[kind].has(item.name.slice(dot + 1).toLowerCase());
}
