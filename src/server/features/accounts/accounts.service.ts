// The accounts feature's public face: the routes, the app, the command line, benchmarks and tests
// reach the use cases through these names. Each use case lives in its own file; a new one gets a
// file of its own and, if others call it, a line here.
export type { MailTransport } from './mail';
export { type AccountsContext, offlineAccountsContext } from './accounts-context';
export { authenticate } from './authenticate';
export { login, logout, logoutEverywhere } from './sign-in';
export { changePassword, updateMe } from './update-own-account';
export { acceptInvitation } from './accept-invitation';
export { requestPasswordReset, resetPassword } from './reset-password';
export { createUser } from './create-user';
export { updateUser } from './update-user';
export { API_TOKEN_PREFIX, createApiToken, revokeApiToken } from './manage-api-tokens';
export { findUserByEmail, getUser, listApiTokens, listOutbox, listUsers, me } from './account-views';
