// oidc-provider ships no type declarations; the tests use it only through a few calls.
declare module 'oidc-provider';
