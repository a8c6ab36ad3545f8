/** Site-wide constants: one place to change the public address, name and contact. */
export const SITE_URL = process.env.SITE_URL ?? 'https://wegwijzer.example.org';
export const SITE_NAME = 'De Wegwijzer van de Kop';
