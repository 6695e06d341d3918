// Whether personal data is masked in logs and outgoing webhooks: BATON_MASK=off|on, default on.
export function maskingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.BATON_MASK ?? 'on').trim().toLowerCase() !== 'off';
}
