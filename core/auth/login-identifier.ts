/** E-mail addresses compare case-insensitively; mobile numbers without the +86 prefix. */
export function normaliseLogin(login: string): { email?: string; mobile?: string } {
  const trimmed = login.trim();
  if (trimmed.includes('@')) return { email: trimmed.toLowerCase() };
  return { mobile: trimmed.replace(/^\+86/, '') };
}
