// The workspace's people: members with their roles (owners change and remove them), pending
// invitations (owners invite and revoke), and leaving the workspace oneself.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { navigate } from '../router.js';
import { confirmAction } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import * as team from './team-api.js';

const ROLES = ['owner', 'editor', 'commenter', 'viewer'];
const ROLE_TEXT = {
  owner: 'Owner: everything, including members', editor: 'Editor: changes journeys and personas',
  commenter: 'Commenter: reads and comments', viewer: 'Viewer: reads and exports',
};

export async function showMembers(root, { workspaceId }, user) {
  const workspace = await api.workspace(workspaceId);
  document.title = `Members · ${workspace.name} · Journeyboard`;
  const owner = workspace.role === 'owner';
  const memberList = el('ul', { class: 'member-list', role: 'list', 'aria-label': 'Members' });
  const invitationList = el('ul', { class: 'member-list', role: 'list', 'aria-label': 'Pending invitations' });
  const inviteResult = el('div', { class: 'invite-result', 'aria-live': 'polite' });
  const redraw = async () => {
    const [members, pending] = await Promise.all([team.members(workspaceId), owner ? team.invitations(workspaceId) : []]);
    replace(memberList, members.map((member) => memberRow(workspaceId, member, user, owner, redraw)));
    replace(invitationList, pending.length ? pending.map((invitation) => invitationRow(workspaceId, invitation, redraw))
      : el('li', { class: 'muted' }, 'No invitations waiting.'));
  };
  replace(root, el('div', { class: 'team-screen' },
    el('header', { class: 'team-heading' },
      el('div', {}, el('a', { href: `#/w/${encodeURIComponent(workspaceId)}`, class: 'back-link' }, `← ${workspace.name}`),
        el('h1', {}, 'Members')),
      el('button', { class: 'danger small', onclick: () => leave(workspace) }, 'Leave workspace')),
    owner ? inviteForm(workspaceId, inviteResult, redraw) : el('p', { class: 'muted' }, 'Only owners invite people and change roles.'),
    inviteResult,
    el('section', { class: 'team-section', 'aria-labelledby': 'members-heading' }, el('h2', { id: 'members-heading' }, 'People'), memberList),
    owner ? el('section', { class: 'team-section', 'aria-labelledby': 'pending-heading' },
      el('h2', { id: 'pending-heading' }, 'Invitations waiting'), invitationList) : null));
  await redraw();
}

function inviteForm(workspaceId, result, redraw) {
  const email = el('input', { type: 'email', required: true, autocomplete: 'off', placeholder: 'colleague@example.org' });
  const role = el('select', {}, ROLES.map((r) => el('option', { value: r, selected: r === 'editor' }, ROLE_TEXT[r])));
  const form = el('form', { class: 'invite-form' }, field('E-mail address', email), field('Role', role),
    el('button', { type: 'submit', class: 'primary' }, 'Invite'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const made = await team.invite(workspaceId, email.value.trim(), role.value);
      replace(result, invitationMade(made));
      email.value = '';
      await redraw();
    } catch (error) {
      replace(result, el('p', { class: 'form-error', role: 'alert' }, error.explain ? error.explain() : error.message));
    }
  });
  return form;
}

/** What an owner sees after inviting: e-mailed, or the link to copy and why it was not e-mailed. */
function invitationMade(made) {
  if (made.emailed) return el('p', { class: 'notice success' }, `Invitation e-mailed to ${made.email}.`);
  const link = el('input', { type: 'text', readonly: true, value: made.link, 'aria-label': 'Invitation link' });
  return el('div', { class: 'notice' },
    el('p', {}, `Send this link to ${made.email} (${made.emailProblem}). It works once, for 14 days.`),
    el('div', { class: 'copy-row' }, link, el('button', { class: 'secondary small', onclick: async () => {
      link.select();
      await navigator.clipboard?.writeText(made.link).catch(() => document.execCommand('copy'));
      toast('Link copied.', 'success');
    } }, 'Copy link')));
}

function memberRow(workspaceId, member, user, owner, redraw) {
  const self = member.userId === user?.id;
  const role = el('select', { 'aria-label': `Role of ${member.name}`, disabled: !owner, onchange: async (event) => {
    try {
      await team.changeRole(workspaceId, member.userId, event.target.value);
      toast(`${member.name} is now ${event.target.value}.`, 'success');
    } catch (error) {
      toast(error.message, 'error', 8000);
    }
    await redraw();
  } }, ROLES.map((r) => el('option', { value: r, selected: r === member.role }, r)));
  return el('li', { class: 'member-row' },
    el('span', { class: 'member-name' }, el('strong', {}, member.name + (self ? ' (you)' : '')), el('span', { class: 'muted' }, member.email)),
    role,
    owner && !self ? el('button', { class: 'ghost small danger-text', 'aria-label': `Remove ${member.name}`, onclick: async () => {
      if (!await confirmAction('Remove member', `${member.name} loses access to this workspace.`, 'Remove')) return;
      try { await team.removeMember(workspaceId, member.userId); } catch (error) { toast(error.message, 'error', 8000); }
      await redraw();
    } }, 'Remove') : el('span'));
}

function invitationRow(workspaceId, invitation, redraw) {
  return el('li', { class: 'member-row' },
    el('span', { class: 'member-name' }, el('strong', {}, invitation.email),
      el('span', { class: 'muted' }, `invited by ${invitation.invitedBy}, until ${new Date(invitation.expiresAt).toLocaleDateString()}`)),
    el('span', { class: 'role-label' }, invitation.role.toLowerCase()),
    el('button', { class: 'ghost small danger-text', 'aria-label': `Revoke invitation of ${invitation.email}`, onclick: async () => {
      await team.revokeInvitation(workspaceId, invitation.id);
      await redraw();
    } }, 'Revoke'));
}

async function leave(workspace) {
  if (!await confirmAction('Leave workspace', `You lose access to ${workspace.name} until someone invites you again.`, 'Leave')) return;
  try {
    await team.leave(workspace.id);
    toast(`You left ${workspace.name}.`, 'success');
    navigate('/');
  } catch (error) {
    toast(error.message, 'error', 8000);
  }
}
