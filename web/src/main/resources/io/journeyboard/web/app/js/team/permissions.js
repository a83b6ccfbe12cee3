// What each workspace role may do, as the server decides it (docs/server.md): the one place the
// screens ask before they offer an action, so a viewer sees no editing actions and a commenter
// only the means to comment.

export const canEdit = (role) => role === 'owner' || role === 'editor';
export const canComment = (role) => canEdit(role) || role === 'commenter';
export const canManageMembers = (role) => role === 'owner';
// deleting a journey for good loses its history, so only an owner may (the trash's "Delete for good")
export const canPurge = (role) => role === 'owner';
