/** The two roles `driveItem: invite` accepts (see docs: graph-contract §1.4). */
export type Role = 'read' | 'write';
