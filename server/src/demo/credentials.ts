/**
 * Credentials of the local demo (`pnpm start`), printed at start. They are
 * public: the demo is for trying Ringflow on one's own machine, and a real
 * deployment sets TWILIO_AUTH_TOKEN and its own owner account.
 */
export const DEMO_ADMIN = { email: 'admin@example.com', password: 'ringflow-demo' } as const;
export const DEMO_AUTH_TOKEN = 'ringflow-demo-auth-token';
export const DEMO_NUMBER = '+14155550100';
