/** The two roles `driveItem: invite` accepts (see docs/graph-notes.md §1.4). */
export type Role = 'read' | 'write';
